package dev.kabar.store;


import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canned network takes its order from {@code kabar:mostReported} rather than an ORDER BY over every edge: it must
 * give the very rows, in the very order, that sorting them all in SPARQL gives, whole and page by page, with and
 * without date bounds.
 */
class NetworkOrderTest {

    /** The network as one sort of every edge: the order the property function must reproduce. */
    private static final CannedQuery SORTED = new CannedQuery("sorted", "sorted", "", CannedQueryCatalog.bundled()
            .get("network").params(), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

            SELECT ?a ?aName ?aType ?b ?bName ?bType ?kind ?sources ?events ?firstDate ?lastDate
            WHERE {
              {
                # without date bounds, the edges as the store keeps them (graph/stats): one row per edge, no grouping of every
                # report of the corpus
                FILTER(?param_from = "0001-01-01" && ?param_to = "9999-12-31")
                GRAPH <https://w3id.org/kabar/id/graph/stats> {
                  ?edge kabar:edgeFrom ?a ;
                        kabar:edgeTo ?b ;
                        kabar:kind ?kindConcept ;
                        kabar:sourceCount ?sources ;
                        kabar:eventCount ?events .
                  OPTIONAL { ?edge kabar:firstDate ?firstDate ; kabar:lastDate ?lastDate }
                }
                BIND(LCASE(STRAFTER(STR(?kindConcept), "#")) AS ?kind)
                FILTER(LCASE(?param_kind) = "any" || ?kind = LCASE(?param_kind))
                FILTER(?sources >= xsd:integer(?param_minSources))
              }
              UNION
              {
                # with date bounds, every report is read and grouped by edge (the test inside, so that no report is read without)
                {
                  SELECT ?a ?b ?kind (COUNT(DISTINCT ?report) AS ?sources) (COUNT(DISTINCT ?event) AS ?events)
                         (MIN(?when) AS ?firstDate) (MAX(?when) AS ?lastDate)
                  WHERE {
                    FILTER(?param_from != "0001-01-01" || ?param_to != "9999-12-31")
                    ?event a kabar:ContactEvent ;
                           kabar:kind ?kindConcept ;
                           schema:participant ?a, ?b .
                    FILTER(STR(?a) < STR(?b))
                    BIND(LCASE(STRAFTER(STR(?kindConcept), "#")) AS ?kind)
                    FILTER(LCASE(?param_kind) = "any" || ?kind = LCASE(?param_kind))
                    ?contact kabar:reportOf ?event ;
                             prov:wasDerivedFrom ?report .
                    OPTIONAL { ?event schema:startTime ?eventDate }
                    OPTIONAL { ?report schema:datePublished ?published }
                    BIND(COALESCE(STR(?eventDate), SUBSTR(STR(?published), 1, 10)) AS ?when)
                    FILTER(BOUND(?when) && ?when >= ?param_from && ?when <= ?param_to)
                  }
                  GROUP BY ?a ?b ?kind
                  HAVING (COUNT(DISTINCT ?report) >= xsd:integer(?param_minSources))
                }
              }
              # one name and type per actor, as the statistics keep them (articles may spell a discovered name two ways under one
              # IRI, and a second name would make a second row); from the articles for an actor the statistics do not count
              OPTIONAL { GRAPH <https://w3id.org/kabar/id/graph/stats> { ?a schema:name ?aKept ; a ?aKeptClass } }
              OPTIONAL { GRAPH <https://w3id.org/kabar/id/graph/stats> { ?b schema:name ?bKept ; a ?bKeptClass } }
              OPTIONAL { ?a schema:name ?aAny ; a ?aAnyClass . FILTER(!BOUND(?aKept) && ?aAnyClass IN (schema:Person, schema:Organization, schema:Country)) }
              OPTIONAL { ?b schema:name ?bAny ; a ?bAnyClass . FILTER(!BOUND(?bKept) && ?bAnyClass IN (schema:Person, schema:Organization, schema:Country)) }
              BIND(COALESCE(?aKept, ?aAny) AS ?aName)
              BIND(COALESCE(?aKeptClass, ?aAnyClass) AS ?aClass)
              BIND(COALESCE(?bKept, ?bAny) AS ?bName)
              BIND(COALESCE(?bKeptClass, ?bAnyClass) AS ?bClass)
              FILTER(?aClass IN (schema:Person, schema:Organization, schema:Country) && ?bClass IN (schema:Person, schema:Organization, schema:Country))
              BIND(LCASE(STRAFTER(STR(?aClass), "schema.org/")) AS ?aType)
              BIND(LCASE(STRAFTER(STR(?bClass), "schema.org/")) AS ?bType)
            }
            ORDER BY DESC(?sources) ?aName ?bName ?kind ?a ?b
            """);

    @Test
    void theEdgesOfACorpusSampleComeInTheOrderOfAWholeSort() throws IOException {
        try (KabarStore store = KabarStore.inMemory()) {
            List<String> lines = ListingChecks.loadCorpusSample(store, 800);
            // a second outlet for some of them, so that edges differ in their number of sources
            ListingChecks.PIPELINE.loadDocument("again.jsonl", String.join("\n", lines.subList(0, 150)).replace("{\"id\": \"", "{\"id\": \"again-")
                    .getBytes(StandardCharsets.UTF_8), store, p -> { });
            CannedQuery network = CannedQueryCatalog.bundled().get("network");
            for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("minSources", "2"),
                    Map.of("kind", "meeting"), Map.of("from", "2017-01-01", "to", "2017-06-30"))) {
                ListingChecks.assertSameAsReference(store, network, SORTED, params, params.isEmpty() ? 50 : 2, new Paging(5, 2));
            }
        }
    }
}
