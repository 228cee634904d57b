package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import dev.kabar.query.QueryRunner;
import dev.kabar.rdf.Vocab;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus-wide listings (articles, statements) come newest first from the store's index of articles by day,
 * without ORDER BY: the same rows as sorting the whole corpus, in that order, page by page, after replacements,
 * removals and on a store made before the index.
 */
class NewestFirstListingTest {
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());
    private static final CannedQueryCatalog CATALOG = CannedQueryCatalog.bundled();
    private static final QueryRunner RUNNER = new QueryRunner(QueryRunner.DEFAULT_TIMEOUT_MS);
    /** The order the index must give, computed by sorting the whole corpus (date-only values, as the corpus has). */
    private static final CannedQuery SORTED = new CannedQuery("sorted", "sorted", "", List.of(), """
            PREFIX schema: <https://schema.org/>
            SELECT ?article ?published WHERE {
              ?article a schema:NewsArticle . OPTIONAL { ?article schema:datePublished ?published }
            } ORDER BY DESC(?published) ?article
            """);

    @Test
    void articlesComeNewestFirstAsASortOfTheWholeCorpusWouldGiveThem() throws IOException {
        try (KabarStore store = KabarStore.inMemory()) {
            List<String> lines = Files.readAllLines(SharedData.corpus(),
                    StandardCharsets.UTF_8);
            byte[] sample = String.join("\n", lines.subList(0, 400)).getBytes(StandardCharsets.UTF_8);
            PIPELINE.loadDocument("sample.jsonl", sample, store, p -> { });
            List<String> sorted = column(store, SORTED, Paging.ALL, "article");
            assertThat(sorted).hasSize(400);
            assertThat(column(store, CATALOG.get("articles"), Paging.ALL, "article")).isEqualTo(sorted);
            assertThat(column(store, CATALOG.get("articles"), new Paging(25, 100), "article"))
                    .isEqualTo(sorted.subList(100, 125));

            // an actor's articles: sorted, or found by walking the days, the same list as the whole sort filtered
            for (String entity : column(store, new CannedQuery("most", "most", "", List.of(), """
                    SELECT ?e WHERE { GRAPH <https://w3id.org/kabar/id/graph/stats> { ?e <%s> ?n } }
                    ORDER BY DESC(?n) ?e LIMIT 3""".formatted(Vocab.ARTICLE_COUNT.getURI())), Paging.ALL, "e")) {
                Node e = NodeFactory.createURI(entity);
                List<String> expected = sorted.stream().filter(a -> store.read(() -> store.dataset()
                        .contains(NodeFactory.createURI(a), NodeFactory.createURI(a), Vocab.MENTIONS, e))).toList();
                assertThat(expected).as(entity).hasSizeGreaterThan(3);
                ArticleDays days = new ArticleDays(store.dataset());
                assertThat(store.read(() -> iris(days.newestMentioning(e, Long.MAX_VALUE)))).isEqualTo(expected);
                assertThat(store.read(() -> iris(days.newestMentioning(e, 0)))).isEqualTo(expected);
            }

            // statements: grouped by article in the same order, and the same rows as the whole corpus holds
            List<String> byArticle = column(store, CATALOG.get("statements"), Paging.ALL, "article");
            assertThat(byArticle.stream().distinct().toList()).isEqualTo(sorted.stream()
                    .filter(byArticle::contains).toList());
            assertThat(byArticle).hasSize(count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + Vocab.STATEMENT.getURI()
                    + "> }"));
        }
    }

    @Test
    void timesOrderADayUndatedArticlesComeLastAndStatementsFollowTheText() {
        try (KabarStore store = KabarStore.inMemory()) {
            load(store, """
                    {"id": "pagi", "title": "Pagi", "date": "2024-03-05T08:00:00+07:00", "body": "%s"}
                    {"id": "tanpa-tanggal", "title": "Tanpa tanggal", "body": "%s"}
                    {"id": "sore", "title": "Sore", "date": "2024-03-05T17:30:00+07:00", "body": "%s"}
                    {"id": "kemarin", "title": "Kemarin", "date": "2024-03-04", "body": "%s"}
                    {"id": "hari-itu", "title": "Hari itu", "date": "2024-03-05", "body": "%s"}
                    """);
            assertThat(titles(store)).containsExactly("Sore", "Pagi", "Hari itu", "Kemarin", "Tanpa tanggal");

            List<Map<String, String>> statements = rows(store, CATALOG.get("statements"), Paging.ALL);
            assertThat(statements).isNotEmpty();
            List<String> ofFirst = statements.stream().filter(r -> r.get("article").endsWith("/sore"))
                    .map(r -> r.get("statement")).toList();
            assertThat(ofFirst).hasSizeGreaterThan(1);
            List<Integer> begins = ofFirst.stream().map(s -> Integer.parseInt(s.replaceAll(".*/statement/(\\d+)-.*", "$1")))
                    .toList();
            assertThat(begins).isSorted();
        }
    }

    @Test
    void replacedAndRemovedArticlesMoveAndLeaveTheirDays() {
        try (KabarStore store = KabarStore.inMemory()) {
            load(store, """
                    {"id": "a", "title": "A", "date": "2024-01-01", "body": "%s"}
                    {"id": "b", "title": "B", "date": "2024-01-02", "body": "%s"}
                    """);
            assertThat(titles(store)).containsExactly("B", "A");
            load(store, """
                    {"id": "a", "title": "A", "date": "2024-01-03", "body": "%s"}
                    """);
            assertThat(titles(store)).containsExactly("A", "B");
            assertThat(days(store)).containsExactlyInAnyOrder("2024-01-02", "2024-01-03");

            store.replaceGraphs(List.of(new NamedGraph(article("b"), org.apache.jena.sparql.graph.GraphFactory
                    .createDefaultGraph())));
            assertThat(titles(store)).containsExactly("A");
            assertThat(days(store)).containsExactly("2024-01-03");
        }
    }

    @Test
    void aStoreMadeBeforeTheIndexIsIndexedOnOpening(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        List<String> fresh;
        try (KabarStore store = KabarStore.tdb2(dir)) {
            PIPELINE.load(List.of(SharedData.seeds()), store, p -> { });
            fresh = titles(store);
            assertThat(fresh).hasSize(5);
            // as the previous version left it: counts kept, no days
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(Vocab.STATS_GRAPH, Node.ANY, Vocab.PUBLICATION_DAY, Node.ANY);
                dsg.deleteAny(Vocab.STATS_GRAPH, Node.ANY, Vocab.DAY_ARTICLE, Node.ANY);
                dsg.deleteAny(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.STATS_VERSION, Node.ANY);
                dsg.add(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.STATS_VERSION,
                        NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
            });
            assertThat(titles(store)).isEmpty();
        }
        try (KabarStore reopened = KabarStore.tdb2(dir)) {
            assertThat(titles(reopened)).isEqualTo(fresh);
        }
    }

    private static List<String> iris(java.util.Iterator<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEachRemaining(n -> out.add(n.getURI()));
        return out;
    }

    private static void load(KabarStore store, String jsonLines) {
        String body = "Menteri Luar Negeri Retno Marsudi mengatakan kerja sama itu penting. \\\"Kami siap,\\\" kata Retno. "
                + "Ia juga mengatakan pertemuan akan digelar pekan depan.";
        String text = jsonLines.replace("%s", body);
        PIPELINE.loadDocument("listing.jsonl", text.getBytes(StandardCharsets.UTF_8), store, p -> { });
    }

    private static Node article(String id) {
        return NodeFactory.createURI(Vocab.ID + "article/" + id);
    }

    private static List<String> titles(KabarStore store) {
        return column(store, CATALOG.get("articles"), Paging.ALL, "title");
    }

    private static List<String> days(KabarStore store) {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            store.dataset().find(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.PUBLICATION_DAY, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getURI().replaceAll(".*/", "")));
            return out;
        });
    }

    private static int count(KabarStore store, String sparql) {
        return Integer.parseInt(column(store, new CannedQuery("count", "count", "", List.of(), sparql), Paging.ALL, "n").get(0));
    }

    private static List<String> column(KabarStore store, CannedQuery query, Paging paging, String var) {
        return rows(store, query, paging).stream().map(r -> r.getOrDefault(var, "")).collect(Collectors.toList());
    }

    private static List<Map<String, String>> rows(KabarStore store, CannedQuery query, Paging paging) {
        return RUNNER.select(store.queryView(), query, Map.of(), paging, rows -> {
            List<Map<String, String>> out = new ArrayList<>();
            rows.forEachRemaining((Binding b) -> {
                Map<String, String> row = new java.util.HashMap<>();
                b.forEach((v, n) -> row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()));
                out.add(row);
            });
            return out;
        });
    }
}
