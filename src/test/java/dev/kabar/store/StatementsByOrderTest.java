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
 * The canned statements-by takes its order from {@code kabar:statementsBy}: it must give the very rows, in the very
 * order, that walking every article naming the speaker, newest first, gave.
 */
class StatementsByOrderTest {

    /** The listing as it was: every article naming the speaker, newest first, then its statements by IRI. */
    private static final CannedQuery BEFORE = new CannedQuery("before", "before", "", CannedQueryCatalog.bundled()
            .get("statements-by").params(), """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>

            SELECT ?statement ?speaker ?speakerName ?text ?mode ?article ?role ?cue ?title ?published ?url ?evidence ?highlights
            WHERE {
              {
                # the speaker by IRI, or else by name in any case: both lookups (graph/stats keeps each name in lower case)
                SELECT ?speaker (SAMPLE(?n) AS ?speakerName)
                WHERE {
                  {
                    BIND(IRI(STR(?param_speaker)) AS ?speaker)
                    FILTER(STRSTARTS(STR(?param_speaker), "http://") || STRSTARTS(STR(?param_speaker), "https://"))
                  }
                  UNION
                  {
                    BIND(LCASE(STR(?param_speaker)) AS ?key)
                    GRAPH <https://w3id.org/kabar/id/graph/stats> { ?speaker kabar:nameKey ?key }
                  }
                  ?speaker schema:name ?n .
                }
                GROUP BY ?speaker
              }
              # the speaker's articles newest first from the store's index by day (graph/stats), with no ORDER BY or GROUP BY
              # over all the speaker's statements: a page reads only the articles it shows
              ?article kabar:newestMentioning ?speaker .
              # the rest is looked up per article, then per statement, in the article's own graph
              LATERAL {
                SELECT ?article ?speaker ?statement ?text ?modeIri ?role ?cue ?title ?published ?url ?evidence
                WHERE {
                  GRAPH ?article {
                    ?statement kabar:speaker ?speaker ; a kabar:Statement ; schema:text ?text ; kabar:mode ?modeIri .
                    OPTIONAL { ?statement kabar:speakerRole ?role }
                    OPTIONAL { ?statement kabar:cue ?cue }
                    OPTIONAL { ?article schema:headline ?title }
                    OPTIONAL { ?article schema:datePublished ?published }
                    OPTIONAL { ?article schema:url ?url }
                    OPTIONAL { ?statement kabar:evidence ?sentence . ?sentence nif:anchorOf ?evidence }
                  }
                }
                ORDER BY ?statement
              }
              # where the speaker is named in the sentence, per statement
              LATERAL {
                # (the row's variables projected, so that they are the row's values inside)
                SELECT ?article ?statement ?speaker (GROUP_CONCAT(DISTINCT ?span; separator=" ") AS ?highlights)
                WHERE {
                  OPTIONAL {
                    GRAPH ?article {
                      ?statement kabar:evidence ?sentence .
                      ?sentence nif:beginIndex ?from ; nif:endIndex ?to ; nif:referenceContext ?context .
                      ?mention itsrdf:taIdentRef ?speaker ; nif:referenceContext ?context ; nif:beginIndex ?mentionFrom ;
                               nif:endIndex ?mentionTo .
                      FILTER(?mentionFrom >= ?from && ?mentionTo <= ?to)
                      BIND(CONCAT(STR(?mentionFrom - ?from), "-", STR(?mentionTo - ?from)) AS ?span)
                    }
                  }
                }
                GROUP BY ?article ?statement ?speaker
              }
              BIND(IF(?modeIri = kabar:DirectSpeech, "direct", "reported") AS ?mode)
            }
            """);

    /** The speakers with the most statements. */
    private static final CannedQuery BUSIEST = new CannedQuery("busiest", "busiest", "", List.of(), """
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            SELECT ?s (COUNT(*) AS ?n) WHERE { ?st a kabar:Statement ; kabar:speaker ?s }
            GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 6
            """);

    @Test
    void theBusiestSpeakersOfACorpusSampleGetTheRowsAndOrderOfTheWalkOverTheirArticles() throws IOException {
        try (KabarStore store = KabarStore.inMemory()) {
            ListingChecks.loadCorpusSample(store, 600);
            List<String> speakers = ListingChecks.firstColumn(store, BUSIEST);
            assertThat(speakers).hasSize(6);
            CannedQuery by = CannedQueryCatalog.bundled().get("statements-by");
            for (String speaker : speakers) {
                ListingChecks.assertSameAsReference(store, by, BEFORE, Map.of("speaker", speaker), 3, new Paging(2, 1));
            }
        }
    }
}
