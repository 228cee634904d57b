package dev.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.store.NamedGraph;
import dev.kabar.support.GraphAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixture folders under src/test/resources/fixtures: one article (article.txt, .html or .jsonl) and the graph
 * Kabar must make of it (expected.ttl), compared as isomorphic graphs. After a deliberate change, regenerate
 * with {@code mvn test -Dtest=FixtureTest -Dkabar.fixtures.update=true} and review the diff.
 */
class FixtureTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesItsExpectedGraph() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).as("fixture folders").isNotEmpty();
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Path input;
        try (Stream<Path> s = Files.list(dir)) {
            input = s.filter(p -> p.getFileName().toString().startsWith("article.")).findFirst().orElseThrow();
        }
        ArticleSource.Collected read = new ArticleSource().collect(List.of(input));
        assertThat(read.problems()).isEmpty();
        List<Article> articles = read.articles();
        assertThat(articles).hasSize(1);
        NamedGraph produced = PIPELINE.graphOf(articles.get(0));
        GraphAssert.assertConforms(produced.graph(), dir.getFileName().toString());
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("kabar.fixtures.update")) {
            Files.writeString(expectedFile, GraphAssert.turtle(produced.graph()));
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(expectedFile).parse(expected);
        GraphAssert.assertIsomorphic(expected, produced.graph(), dir.getFileName().toString());
    }
}
