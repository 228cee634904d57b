package dev.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.ReadProblem;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.store.KabarStore;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction on several threads gives the very store a single thread gives, problems in the same order. */
class ParallelExtractionTest {
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());

    @Test
    void anyNumberOfThreadsGivesTheSameStore(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        try (Stream<String> lines = Files.lines(SharedData.corpus())) {
            List<String> some = new ArrayList<>(lines.limit(300).toList());
            some.add(150, "{\"id\": \"broken\"");
            some.add(20, some.get(10)); // the same id twice: the later copy wins in both runs
            Files.write(feed, some);
        }
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        List<Path> inputs = List.of(SharedData.seeds(), dir);

        List<ReadProblem> oneProblems = new ArrayList<>();
        KabarStore one = KabarStore.inMemory();
        LoadReport oneReport = PIPELINE.load(inputs, one, new LoadOptions(false, 64, 1), oneProblems::add);
        List<ReadProblem> fourProblems = new ArrayList<>();
        KabarStore four = KabarStore.inMemory();
        LoadReport fourReport = PIPELINE.load(inputs, four, new LoadOptions(false, 64, 4), fourProblems::add);

        assertThat(fourReport.loaded()).isEqualTo(oneReport.loaded()).isEqualTo(306);
        assertThat(fourProblems).isEqualTo(oneProblems).hasSize(2);
        assertThat(four.quadCount()).isEqualTo(one.quadCount());
        assertThat(IsoMatcher.isomorphic(one.dataset(), four.dataset())).isTrue();
    }
}
