package dev.kabar.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.KabarStore;
import dev.kabar.support.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canned queries behind the explorer page and the network exports, on the seeds. */
class ExplorerQueriesTest {
    private static final String PUTIN = "https://w3id.org/kabar/id/person/vladimir-putin";
    private static final String ABBAS = "https://w3id.org/kabar/id/person/mahmoud-abbas";
    private static KabarStore store;
    private static final CannedQueryCatalog CATALOG = CannedQueryCatalog.bundled();

    @BeforeAll
    static void load() {
        store = KabarStore.inMemory();
        new Pipeline(KnowledgeBase.bundled()).load(List.of(SharedData.seeds()), store, p -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void networkHasOneEdgePerPairAndKindAndFilters() throws IOException {
        List<Map<String, String>> all = rows("network", Map.of());
        assertThat(all).extracting(r -> r.get("aName") + "|" + r.get("bName") + "|" + r.get("kind"))
                .contains("Mahmoud Abbas|Vladimir Putin|call", "Fatah|Vladimir Putin|invitation")
                .doesNotHaveDuplicates();
        Map<String, String> abbas = all.stream().filter(r -> r.get("a").equals(ABBAS)).findFirst().orElseThrow();
        assertThat(abbas).containsEntry("sources", "1").containsEntry("firstDate", "2023-12-22")
                .containsEntry("aType", "person");

        assertThat(rows("network", Map.of("kind", "call"))).isNotEmpty().allMatch(r -> r.get("kind").equals("call"))
                .hasSizeLessThan(all.size());
        assertThat(rows("network", Map.of("minSources", "2"))).isNotEmpty()
                .allMatch(r -> Integer.parseInt(r.get("sources")) >= 2);
        // a date bound leaves out what is undated or outside it
        assertThat(rows("network", Map.of("from", "2023-12-20", "to", "2023-12-31")))
                .extracting(r -> r.get("aName") + "|" + r.get("bName")).containsExactly("Mahmoud Abbas|Vladimir Putin");
    }

    @Test
    void actorsAreTheNetworksNodesWithWikidataIds() throws IOException {
        List<Map<String, String>> actors = rows("actors", Map.of());
        Map<String, String> putin = actors.stream().filter(r -> r.get("entity").equals(PUTIN)).findFirst().orElseThrow();
        assertThat(putin).containsEntry("type", "person").containsEntry("wikidata", "Q7747").containsEntry("articles", "5");
        List<String> ends = new ArrayList<>();
        rows("network", Map.of()).forEach(r -> {
            ends.add(r.get("a"));
            ends.add(r.get("b"));
        });
        assertThat(actors).extracting(r -> r.get("entity")).containsAll(ends);
    }

    @Test
    void contactReportsMarkWhereTheParticipantsAreNamed() throws IOException {
        List<Map<String, String>> reports = rows("contact-reports", Map.of("actor", PUTIN, "other", ABBAS));
        assertThat(reports).isNotEmpty().allMatch(r -> r.get("kind").equals("call"));
        for (Map<String, String> r : reports) {
            List<String> marked = marked(r.get("evidence"), r.get("highlights"));
            assertThat(marked).as(r.get("evidence")).isNotEmpty()
                    .allMatch(name -> "Vladimir Putin".contains(name) || "Mahmoud Abbas".contains(name));
            assertThat(r.get("evidence").toLowerCase()).contains(r.get("cue").toLowerCase());
        }
        // by name in any case, as by IRI
        assertThat(rows("contact-reports", Map.of("actor", "vladimir PUTIN", "other", "Mahmoud Abbas")))
                .hasSameSizeAs(reports);
        assertThat(rows("contact-reports", Map.of("actor", PUTIN, "kind", "visit"))).isEmpty();
    }

    @Test
    void statementsByCarryTheirSentenceWithTheSpeakerMarked() throws IOException {
        List<Map<String, String>> said = rows("statements-by", Map.of("speaker", PUTIN));
        assertThat(said).hasSize(4);
        for (Map<String, String> s : said) {
            assertThat(s.get("evidence")).as("the sentence holds the statement").contains(s.get("text").substring(0, 20));
            assertThat(marked(s.get("evidence"), s.get("highlights"))).allMatch("Vladimir Putin"::contains);
        }
        assertThat(said).anyMatch(s -> !s.get("highlights").isEmpty());
    }

    @Test
    void articlesMentioningAndFindEntities() throws IOException {
        List<Map<String, String>> articles = rows("articles-mentioning", Map.of("name", PUTIN));
        assertThat(articles).hasSize(5).allMatch(r -> Integer.parseInt(r.get("mentions")) >= 1);
        // found by a part of another of its names
        assertThat(rows("find-entities", Map.of("text", "putin"))).extracting(r -> r.get("entity")).contains(PUTIN);
        assertThat(rows("find-entities", Map.of("text", "p"))).as("one letter finds nothing").isEmpty();
        // by a name only the knowledge base gives, in any case: Abbas's kunya
        assertThat(rows("find-entities", Map.of("text", "ABU MAZ"))).extracting(r -> r.get("entity")).containsExactly(ABBAS);
        // and the lookups by exact name take it too
        assertThat(rows("articles-mentioning", Map.of("name", "abu mazen"))).isNotEmpty();
    }

    @Test
    void pagingReadsAListAPageAtATime() throws IOException {
        List<Map<String, String>> all = rows("network", Map.of());
        assertThat(all).hasSizeGreaterThan(4);
        assertThat(rows("network", Map.of(), new Paging(2, 1))).isEqualTo(all.subList(1, 3));
        assertThat(rows("network", Map.of(), new Paging(10, all.size()))).isEmpty();
    }

    @Test
    void anActorSpelledTwoWaysIsStillOneEdgeAndOneEvent(@TempDir Path dir) throws IOException {
        // two articles write one discovered name two ways under one IRI; the page keys edges by IRI and kind
        Files.writeString(dir.resolve("a.txt"), "Presiden Joko Widodo bertemu dengan aktor Kim Sun Ho di Jakarta pada Senin.");
        Files.writeString(dir.resolve("b.txt"), "Presiden Joko Widodo bertemu dengan aktor Kim Sun-ho di Bogor pada Selasa.");
        try (KabarStore two = KabarStore.inMemory()) {
            new Pipeline(KnowledgeBase.bundled()).load(List.of(dir), two, p -> { });
            for (String query : List.of("network", "who-talked-to-whom", "corroborated")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new QueryRunner(10_000).run(two.queryView(), CATALOG.get(query), Map.of(), Paging.ALL, ResultFormat.CSV, out);
                List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
                assertThat(lines).as(query).hasSize(1).allMatch(l -> l.contains("kim-sun-ho") && l.contains(",2,"));
            }
        }
    }

    /** The texts at "start-end" offsets of a sentence. */
    private static List<String> marked(String sentence, String highlights) {
        List<String> out = new ArrayList<>();
        for (String span : highlights.split(" ")) {
            if (!span.isEmpty()) {
                String[] se = span.split("-");
                out.add(sentence.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
            }
        }
        return out;
    }

    private static List<Map<String, String>> rows(String query, Map<String, String> params) throws IOException {
        return rows(query, params, Paging.ALL);
    }

    private static List<Map<String, String>> rows(String query, Map<String, String> params, Paging paging)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(10_000).run(store.queryView(), CATALOG.get(query), params, paging, ResultFormat.JSON, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            json.path("head").path("vars").forEach(v -> row.put(v.asText(), b.path(v.asText()).path("value").asText("")));
            rows.add(row);
        }
        return rows;
    }
}
