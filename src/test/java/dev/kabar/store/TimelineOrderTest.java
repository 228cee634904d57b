package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canned timeline takes its order from {@code kabar:timelineOf} rather than an ORDER BY over every row: it must
 * give the very rows, in the very order, that sorting them all in SPARQL gives, whole and page by page.
 */
class TimelineOrderTest {
    private static final CannedQueryCatalog CATALOG = CannedQueryCatalog.bundled();

    /** The timeline as one sort of all the actor's rows: the order the property function must reproduce. */
    private static final CannedQuery SORTED = new CannedQuery("sorted", "sorted", "",
            List.of(new CannedQuery.Param("name", "actor IRI")), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?date ?what ?kind ?other ?otherName ?text ?article WHERE {
              BIND(IRI(?param_name) AS ?actor)
              {
                ?c a kabar:Contact ; schema:participant ?actor, ?other ; kabar:kind ?k ;
                   kabar:evidence/nif:anchorOf ?text ; prov:wasDerivedFrom ?article .
                FILTER(?other != ?actor)
                OPTIONAL { GRAPH <https://w3id.org/kabar/id/graph/stats> { ?other schema:name ?otherName } }
                OPTIONAL { ?c schema:startTime ?cd }
                OPTIONAL { ?article schema:datePublished ?p }
                BIND(COALESCE(?cd, xsd:date(SUBSTR(STR(?p), 1, 10))) AS ?date)
                BIND("contact" AS ?what)
                BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind)
                BIND(CONCAT(COALESCE(STR(?cd), SUBSTR(STR(?p), 1, 10), ""), "\\u0001contact\\u0001", COALESCE(STR(?otherName), ""),
                            "\\u0001", STR(?other), "\\u0001", STR(?c)) AS ?order)
              }
              UNION
              {
                ?c a kabar:Statement ; kabar:speaker ?actor ; schema:text ?text ; kabar:mode ?m ;
                   prov:wasDerivedFrom ?article .
                OPTIONAL { ?article schema:datePublished ?p }
                BIND(xsd:date(SUBSTR(STR(?p), 1, 10)) AS ?date)
                BIND("statement" AS ?what)
                BIND(IF(?m = kabar:DirectSpeech, "direct", "reported") AS ?kind)
                BIND(CONCAT(COALESCE(SUBSTR(STR(?p), 1, 10), ""), "\\u0001statement\\u0001\\u0001\\u0001", STR(?c)) AS ?order)
              }
            }
            ORDER BY ?order
            """);

    /** The actors with the longest timelines in a store. */
    private static final CannedQuery BUSIEST = new CannedQuery("busiest", "busiest", "", List.of(), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            SELECT ?actor (COUNT(*) AS ?n) WHERE {
              { ?c a kabar:Contact ; schema:participant ?actor } UNION { ?c a kabar:Statement ; kabar:speaker ?actor }
            } GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 6
            """);

    @Test
    void theBusiestActorsOfACorpusSampleGetTheRowsAndOrderOfAWholeSort() throws IOException {
        try (KabarStore store = KabarStore.inMemory()) {
            ListingChecks.loadCorpusSample(store, 600);
            List<String> actors = ListingChecks.firstColumn(store, BUSIEST);
            assertThat(actors).hasSize(6);
            for (String actor : actors) {
                assertSameAsWholeSort(store, actor);
            }
        }
    }

    @Test
    void undatedArticlesComeFirstAndAContactKeepsItsOwnDay() {
        try (KabarStore store = KabarStore.inMemory()) {
            String body = "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang Yoko Kamikawa "
                    + "di Tokyo pada Senin (4/3/2024). Retno mengatakan kerja sama kedua negara terus tumbuh. "
                    + "\\\"Kami siap bekerja lebih erat,\\\" kata Retno.";
            String jsonl = """
                    {"id": "kamis", "title": "Kamis", "date": "2024-03-07T09:00:00+07:00", "body": "%1$s"}
                    {"id": "tanpa-tanggal", "title": "Tanpa tanggal", "body": "%1$s"}
                    {"id": "selasa", "title": "Selasa", "date": "2024-03-05", "body": "%1$s"}
                    """.formatted(body);
            ListingChecks.PIPELINE.loadDocument("timeline.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), store, p -> { });
            List<List<String>> rows = assertSameAsWholeSort(store, "https://w3id.org/kabar/id/person/retno-marsudi");
            assertThat(rows).extracting(r -> r.get(1) + " " + r.get(0) + " " + r.get(6).replaceAll(".*/", ""))
                    .startsWith("statement  tanpa-tanggal")
                    .contains("contact 2024-03-04 kamis", "contact 2024-03-04 selasa", "statement 2024-03-07 kamis");
        }
    }

    /** Compares the canned timeline with the whole sort, all rows and a page; returns the rows. */
    private static List<List<String>> assertSameAsWholeSort(KabarStore store, String actor) {
        return ListingChecks.assertSameAsReference(store, CATALOG.get("timeline"), SORTED, Map.of("name", actor), 2,
                new Paging(2, 1));
    }
}
