package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small benchmark run end to end: every measurement row is there, in the console and in the file. */
class BenchCommandTest {
    @Test
    void reportsEveryStageForEveryStore(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("small.jsonl");
        try (Stream<String> lines = Files.lines(SharedData.corpus())) {
            Files.write(corpus, lines.limit(15).toList());
        }
        Path table = dir.resolve("bench.md");
        CliRun run = CliRun.of("bench", "--corpus", corpus.toString(), "--articles", "40", "--stores",
                "memory,memory-txn,tdb2", "--runs", "1", "-o", table.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Machine: ").contains("| none | 40 | extraction alone, 1 thread | ");
        for (String store : new String[] {"memory", "memory-txn", "TDB2"}) {
            assertThat(run.out()).contains("| " + store + " | 40 | Kabar end-to-end load")
                    .contains("| " + store + " | 40 | Jena alone: the same quads from N-Quads |");
            for (CannedQuery q : CannedQueryCatalog.bundled().all()) {
                assertThat(run.out()).contains("| " + store + " | 40 | query " + q.name() + ", in-process, every row | median ")
                        .contains("| " + store + " | 40 | query " + q.name() + ", HTTP, first page (the server's default) | median ");
            }
        }
        // 40 articles from 15 lines: the copies are new articles, not replacements
        assertThat(run.out()).contains("threads) | 40 articles in ").doesNotContain("problem");
        assertThat(Files.readString(table)).isEqualTo(run.out());
        CliRun bad = CliRun.of("bench", "--corpus", dir.resolve("none.jsonl").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
