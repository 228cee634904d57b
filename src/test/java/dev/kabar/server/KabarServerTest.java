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
