package dev.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.store.KabarStore;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded Fuseki server on a free port, loaded with the seeds, queried over real HTTP. */
class KabarServerTest {
    private static KabarStore store;
    private static KabarServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KabarStore.inMemory();
        LoadReport report = new Pipeline(KnowledgeBase.bundled()).load(List.of(SharedData.seeds()), store, p -> { });
        assertThat(report.loaded()).isEqualTo(5);
        server = KabarServer.start(store, CannedQueryCatalog.bundled(), new ServerOptions("127.0.0.1", 0, 10_000));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void answersSparqlOverTheUnionOfArticleGraphs() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }";
        HttpResponse<String> resp = get("/kabar/sparql?query=" + enc(query), "text/csv");
        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.body().lines().toList()).containsExactly("n", "5");
    }

    @Test
    void servesCannedQueriesAsCsvAndJson() throws Exception {
        HttpResponse<String> csv = get("/kabar/queries/who-talked-to-whom?format=csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("a,aName,b,bName,kind,date,article").contains("Mahmoud Abbas");

        HttpResponse<String> json = get("/kabar/queries/contacts-of?name=" + enc("vladimir putin"),
                "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"bindings\"").contains("Mahmoud Abbas");
    }

    @Test
    void pagesFollowEachOtherByTheirLinkHeaders() throws Exception {
        HttpResponse<String> all = get("/kabar/queries/statements?format=csv", null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Link")).as("all rows fit the default page").isEmpty();
        List<String> rows = all.body().lines().skip(1).toList();
        assertThat(rows).hasSizeGreaterThan(10);

        List<String> paged = new java.util.ArrayList<>();
        String next = "/kabar/queries/statements?format=csv&limit=5";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next, null);
            assertThat(page.statusCode()).isEqualTo(200);
            List<String> pageRows = page.body().lines().skip(1).toList();
            assertThat(pageRows).hasSizeBetween(1, 5);
            paged.addAll(pageRows);
            pages++;
            next = page.headers().firstValue("Link")
                    .map(link -> link.replaceFirst("^<([^>]*)>; rel=\"next\"$", "$1")).orElse(null);
        }
        assertThat(pages).isEqualTo((rows.size() + 4) / 5);
        assertThat(paged).isEqualTo(rows);

        HttpResponse<String> tooMany = get("/kabar/queries/statements?limit=100001", null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit must be at most 100000");
    }

    @Test
    void cannedQueryErrorsAreShortAndPlain() throws Exception {
        HttpResponse<String> unknown = get("/kabar/queries/nope", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> missing = get("/kabar/queries/contacts-of", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("needs parameter 'name'").doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void refusesUpdates() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        for (String path : List.of("/kabar/update", "/kabar/sparql", "/kabar")) {
            HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(resp.statusCode()).as(path).isGreaterThanOrEqualTo(400);
        }
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kabar/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isGreaterThanOrEqualTo(400);
        String ask = "ASK { <urn:x:s> ?p ?o }";
        assertThat(get("/kabar/sparql?query=" + enc(ask), "text/csv").body()).contains("false");
    }

    @Test
    void refusesServiceCalls() throws Exception {
        String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> resp = get("/kabar/sparql?query=" + enc(query), "text/csv");
        assertThat(resp.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void listsTheCannedQueriesWithTheirTextAsJson() throws Exception {
        HttpResponse<String> resp = get("/kabar/queries/?format=json", null);
        assertThat(resp.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resp.body());
        assertThat(list.findValuesAsText("name")).contains("network", "contact-reports", "people");
        com.fasterxml.jackson.databind.JsonNode network = java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .filter(q -> q.path("name").asText().equals("network")).findFirst().orElseThrow();
        assertThat(network.path("sparql").asText()).contains("SELECT");
        assertThat(network.path("params").findValuesAsText("name")).contains("from", "to", "kind", "minSources");
    }

    @Test
    void pagesACannedQueryWithLimitAndOffset() throws Exception {
        List<String> all = get("/kabar/queries/network?format=csv", null).body().lines().skip(1).toList();
        HttpResponse<String> page = get("/kabar/queries/network?format=csv&limit=2&offset=1", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().lines().skip(1).toList()).isEqualTo(all.subList(1, 3));
        HttpResponse<String> bad = get("/kabar/queries/network?limit=lots", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("limit must be a whole number");
    }

    @Test
    void servesTheExplorerPageWithItsOwnFilesOnly() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(page.body()).contains("explorer/vendor/cytoscape/cytoscape.min.js")
                .as("nothing loaded from elsewhere").doesNotContainPattern("(src|href)=\"(https?:)?//");
        HttpResponse<String> script = get("/explorer/explorer.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(get("/explorer/vendor/cytoscape/LICENSE", null).statusCode()).as("no type, not served").isEqualTo(404);
        assertThat(get("/explorer/nothing.js", null).statusCode()).isEqualTo(404);
        assertThat(get("/explorer/%2e%2e/%2e%2e/queries/people.rq", null).statusCode()).as("refused").isIn(400, 404);
        assertThat(get("/explorer/../kabar/queries/people", null).statusCode()).isNotEqualTo(200);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void answersPing() throws Exception {
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
