package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canned statements-about takes its order from {@code kabar:statementsAbout} rather than a GROUP BY and an
 * ORDER BY over every statement: it must give the very rows, in the very order, that the whole sort gives.
 */
class StatementsAboutOrderTest {

    /** The statements about an entity as one grouping and sort of all of them. */
    private static final CannedQuery SORTED = new CannedQuery("sorted", "sorted", "", CannedQueryCatalog.bundled()
            .get("statements-about").params(), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

            SELECT ?statement ?speaker (MIN(?speakerNames) AS ?speakerName) ?text ?mode ?about ?article
            WHERE {
              {
                # the actor by IRI, or else by name in any case: both lookups (graph/stats keeps each name in lower case)
                SELECT DISTINCT ?about
                WHERE {
                  {
                    BIND(IRI(STR(?param_name)) AS ?about)
                    FILTER(STRSTARTS(STR(?param_name), "http://") || STRSTARTS(STR(?param_name), "https://"))
                  }
                  UNION
                  {
                    BIND(LCASE(STR(?param_name)) AS ?key)
                    GRAPH <https://w3id.org/kabar/id/graph/stats> { ?about kabar:nameKey ?key }
                  }
                }
              }
              ?statement a kabar:Statement ;
                         schema:mentions ?about ;
                         kabar:speaker ?speaker ;
                         schema:text ?text ;
                         kabar:mode ?modeIri ;
                         prov:wasDerivedFrom ?article .
              # one name per entity (the least): articles may write a discovered name two ways under one IRI
              ?speaker schema:name ?speakerNames .
              BIND(IF(?modeIri = kabar:DirectSpeech, "direct", "reported") AS ?mode)
            }
            GROUP BY ?statement ?speaker ?text ?mode ?about ?article
            ORDER BY ?speakerName ?article ?statement
            """);

    /** The entities the most statements name. */
    private static final CannedQuery MOST_NAMED = new CannedQuery("most", "most", "", List.of(), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            SELECT ?e (COUNT(*) AS ?n) WHERE { ?s a kabar:Statement ; schema:mentions ?e }
            GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 6
            """);

    @Test
    void theMostNamedEntitiesOfACorpusSampleGetTheRowsAndOrderOfAWholeSort() throws IOException {
        try (KabarStore store = KabarStore.inMemory()) {
            ListingChecks.loadCorpusSample(store, 600);
            List<String> entities = ListingChecks.firstColumn(store, MOST_NAMED);
            assertThat(entities).hasSize(6);
            CannedQuery about = CannedQueryCatalog.bundled().get("statements-about");
            for (String entity : entities) {
                ListingChecks.assertSameAsReference(store, about, SORTED, Map.of("name", entity), 3, new Paging(2, 1));
            }
        }
    }
}
