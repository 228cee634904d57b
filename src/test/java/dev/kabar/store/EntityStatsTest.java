package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.rdf.Vocab;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics graph always agrees with a fresh count of the articles' mentions, whatever the store went through. */
class EntityStatsTest {
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());
    private static final String PUTIN = "https://w3id.org/kabar/id/person/vladimir-putin";
    private static final String WONG = "https://w3id.org/kabar/id/person/penny-wong";

    @Test
    void countsFollowLoadsReplacementsAndPrunes(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> seeds = Files.list(SharedData.seeds())) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        try (KabarStore store = KabarStore.inMemory()) {
            PIPELINE.load(List.of(in), store, p -> { });
            Map<String, Integer> counts = stored(store);
            assertThat(counts).containsEntry(PUTIN, 5).isEqualTo(recounted(store));
            assertThat(storedEvents(store)).isNotEmpty().isEqualTo(recountedEvents(store));
            assertThat(storedEdges(store)).isNotEmpty().isEqualTo(groupedEdges(store));
            assertThat(keptInitiators(store)).isNotEmpty().isEqualTo(groupedInitiators(store));
            assertCountValuesMatch(store);

            // a file rewritten: its article is replaced, and names it no longer has stop counting
            Path first;
            try (Stream<Path> files = Files.list(in)) {
                first = files.sorted().findFirst().orElseThrow();
            }
            Files.writeString(first, "Kabar Contoh\n\nJAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar "
                    + "Negeri Australia Penny Wong di Jakarta pada Senin.\n");
            PIPELINE.load(List.of(in), store, p -> { });
            assertThat(stored(store)).isEqualTo(recounted(store)).isNotEqualTo(counts).containsKey(WONG);
            assertThat(namedBy(store, "penny wong")).containsExactly(WONG);
            assertThat(storedEvents(store)).isEqualTo(recountedEvents(store));
            assertThat(storedEdges(store)).isEqualTo(groupedEdges(store)).anyMatch(e -> e.contains(WONG));
            assertCountValuesMatch(store);

            // the file gone: its article is pruned, and so are its counts
            Files.delete(first);
            store.prune((article, source) -> !Files.exists(Path.of(source)));
            assertThat(stored(store)).isEqualTo(recounted(store)).doesNotContainKey(WONG);
            assertThat(namedBy(store, "penny wong")).as("a name goes with the last article that gave it").isEmpty();
            assertThat(storedEvents(store)).isEqualTo(recountedEvents(store));
            assertThat(storedEdges(store)).isEqualTo(groupedEdges(store)).noneMatch(e -> e.contains(WONG));
            assertThat(keptInitiators(store)).isEqualTo(groupedInitiators(store));
            assertCountValuesMatch(store);
        }
    }

    @Test
    void aStoreMadeBeforeTheStatisticsIsCountedOnOpening(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        Map<String, Integer> fresh;
        try (KabarStore store = KabarStore.tdb2(dir)) {
            PIPELINE.load(List.of(SharedData.seeds()), store, p -> { });
            fresh = stored(store);
            // as an older Kabar left it: no statistics graph at all
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(Vocab.STATS_GRAPH, Node.ANY, Node.ANY, Node.ANY));
            assertThat(stored(store)).isEmpty();
        }
        try (KabarStore reopened = KabarStore.tdb2(dir)) {
            assertThat(stored(reopened)).isNotEmpty().isEqualTo(fresh).isEqualTo(recounted(reopened));
            assertThat(storedEvents(reopened)).isNotEmpty().isEqualTo(recountedEvents(reopened));
            assertThat(storedEdges(reopened)).isNotEmpty().isEqualTo(groupedEdges(reopened));
            assertCountValuesMatch(reopened);
        }
    }

    /** Entity to count, as the statistics graph has it; each counted entity has a name there too. */
    private static Map<String, Integer> stored(KabarStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Integer> out = new TreeMap<>();
            dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, Node.ANY).forEachRemaining(q -> {
                out.put(q.getSubject().getURI(), ((Number) q.getObject().getLiteralValue()).intValue());
                assertThat(dsg.contains(Vocab.STATS_GRAPH, q.getSubject(), Vocab.SCHEMA_NAME, Node.ANY))
                        .as("name of %s", q.getSubject()).isTrue();
            });
            return out;
        });
    }

    /** The count values the statistics list must be exactly the counts some entity has. */
    private static void assertCountValuesMatch(KabarStore store) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            java.util.Set<Object> listed = new java.util.HashSet<>();
            java.util.Set<Object> present = new java.util.HashSet<>();
            dsg.find(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.COUNT_VALUE, Node.ANY)
                    .forEachRemaining(q -> listed.add(q.getObject().getLiteralValue()));
            dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, Node.ANY)
                    .forEachRemaining(q -> present.add(q.getObject().getLiteralValue()));
            assertThat(listed).isNotEmpty().isEqualTo(present);
        });
    }

    /** Contact event to its number of reporting articles, as the statistics graph has it. */
    private static Map<String, Integer> storedEvents(KabarStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Integer> out = new TreeMap<>();
            dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.REPORT_COUNT, Node.ANY).forEachRemaining(q ->
                    out.put(q.getSubject().getURI(), ((Number) q.getObject().getLiteralValue()).intValue()));
            return out;
        });
    }

    /** Contact event to the number of article graphs with a contact report of it, counted now. */
    private static Map<String, Integer> recountedEvents(KabarStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            java.util.Set<String> pairs = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.REPORT_OF, Node.ANY).forEachRemaining(q -> {
                if (dsg.contains(q.getGraph(), q.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.CONTACT)) {
                    pairs.add(q.getGraph().getURI() + " " + q.getObject().getURI());
                }
            });
            Map<String, Integer> out = new TreeMap<>();
            pairs.forEach(p -> out.merge(p.substring(p.indexOf(' ') + 1), 1, Integer::sum));
            return out;
        });
    }

    /** Each network edge as the statistics graph keeps it: from, to, kind, sources, events, first and last date. */
    private static java.util.Set<String> storedEdges(KabarStore store) {
        return rows(store, """
                PREFIX kabar: <https://w3id.org/kabar/ns#>
                SELECT ?a ?b ?kind ?sources ?events ?first ?last WHERE {
                  GRAPH <https://w3id.org/kabar/id/graph/stats> {
                    ?edge kabar:edgeFrom ?a ; kabar:edgeTo ?b ; kabar:kind ?kind ; kabar:sourceCount ?sources ; kabar:eventCount ?events .
                    OPTIONAL { ?edge kabar:firstDate ?first ; kabar:lastDate ?last }
                  }
                }""");
    }

    /** The same edges grouped now from every report in the article graphs. */
    private static java.util.Set<String> groupedEdges(KabarStore store) {
        return rows(store, """
                PREFIX kabar: <https://w3id.org/kabar/ns#>
                PREFIX schema: <https://schema.org/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?a ?b ?kind ?sources ?events ?first ?last WHERE {
                  {
                    SELECT ?a ?b ?kind (COUNT(DISTINCT ?report) AS ?sources) (COUNT(DISTINCT ?event) AS ?events) WHERE {
                      GRAPH ?g { ?event a kabar:ContactEvent ; kabar:kind ?kind ; schema:participant ?a, ?b }
                      FILTER(STR(?a) < STR(?b))
                      GRAPH ?h { ?contact kabar:reportOf ?event ; prov:wasDerivedFrom ?report }
                    }
                    GROUP BY ?a ?b ?kind
                  }
                  # the first and last of the dates known: an event's own, else its report's day
                  OPTIONAL {
                    SELECT ?a ?b ?kind (MIN(?when) AS ?first) (MAX(?when) AS ?last) WHERE {
                      GRAPH ?g { ?event a kabar:ContactEvent ; kabar:kind ?kind ; schema:participant ?a, ?b }
                      FILTER(STR(?a) < STR(?b))
                      GRAPH ?h { ?contact kabar:reportOf ?event ; prov:wasDerivedFrom ?report }
                      OPTIONAL { GRAPH ?i { ?event schema:startTime ?eventDate } }
                      OPTIONAL { GRAPH ?j { ?report schema:datePublished ?published } }
                      BIND(COALESCE(STR(?eventDate), SUBSTR(STR(?published), 1, 10)) AS ?when)
                      FILTER(BOUND(?when))
                    }
                    GROUP BY ?a ?b ?kind
                  }
                }""");
    }

    /** Each event's initiator as the statistics graph keeps it. */
    private static java.util.Set<String> keptInitiators(KabarStore store) {
        return rows(store, """
                PREFIX kabar: <https://w3id.org/kabar/ns#>
                SELECT ?a ?b WHERE { GRAPH <https://w3id.org/kabar/id/graph/stats> { ?a kabar:initiatorKept ?b } }""");
    }

    /** The first initiator by IRI that any report of each event states, grouped now. */
    private static java.util.Set<String> groupedInitiators(KabarStore store) {
        return rows(store, """
                PREFIX kabar: <https://w3id.org/kabar/ns#>
                PREFIX schema: <https://schema.org/>
                SELECT ?a (MIN(?agent) AS ?b) WHERE { GRAPH ?g { ?report kabar:reportOf ?a ; schema:agent ?agent } }
                GROUP BY ?a""");
    }

    private static java.util.Set<String> rows(KabarStore store, String sparql) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(sparql).build()) {
                exec.select().forEachRemaining(b -> out.add(java.util.stream.Stream.of("a", "b", "kind", "sources", "events", "first", "last")
                        .map(v -> { Node n = b.get(v); return n == null ? "-" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(); })
                        .collect(java.util.stream.Collectors.joining(" "))));
            }
            return out;
        });
    }

    /** The entities whose lower-cased name key is this. */
    private static List<String> namedBy(KabarStore store, String key) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new java.util.ArrayList<>();
            dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.NAME_KEY, org.apache.jena.graph.NodeFactory.createLiteralString(key))
                    .forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
    }

    /** Entity to the number of article graphs whose article mentions it, counted now. */
    private static Map<String, Integer> recounted(KabarStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Integer> out = new TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONS, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    out.merge(q.getObject().getURI(), 1, Integer::sum);
                }
            });
            return out;
        });
    }
}
