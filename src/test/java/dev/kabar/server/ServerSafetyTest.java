package dev.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.store.KabarStore;
import dev.kabar.support.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safe defaults of DESIGN.md "Server", over real HTTP against servers on free ports: no writes of any
 * kind, loopback binding, CORS off unless asked, runaway queries stopped with 503, canned-query parameters
 * inert, short plain error bodies, oversized requests refused.
 */
class ServerSafetyTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path tmp;
    private static KabarStore store;
    private static KabarServer server;
    private static KabarServer cors;
    private static KabarServer slowCanned;
    private static String quadsBefore;

    @BeforeAll
    static void start() throws Exception {
        store = KabarStore.inMemory();
        new Pipeline(KnowledgeBase.bundled()).load(List.of(SharedData.seeds()), store, p -> { });
        server = KabarServer.start(store, CannedQueryCatalog.bundled(), new ServerOptions("127.0.0.1", 0, 1_000));
        cors = KabarServer.start(store, CannedQueryCatalog.bundled(),
                new ServerOptions("127.0.0.1", 0, 1_000).withCors(List.of("https://x.example")));
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("runaway.rq"), "# title: runaway\n# description: never ends\n" + RUNAWAY);
        slowCanned = KabarServer.start(store, CannedQueryCatalog.fromFolder(queries),
                new ServerOptions("127.0.0.1", 0, 1_000));
        quadsBefore = quadCount();
        assertThat(Long.parseLong(quadsBefore)).isGreaterThan(1000);
    }

    @AfterAll
    static void stop() {
        for (KabarServer s : new KabarServer[] {server, cors, slowCanned}) {
            if (s != null) {
                s.close();
            }
        }
        store.close();
    }

    @Test
    void refusesLoadAndUpdateOnEveryEndpoint() throws Exception {
        Path evil = Files.writeString(tmp.resolve("evil.ttl"), "<urn:x:evil> <urn:x:p> \"loaded\" .\n");
        for (String update : List.of("LOAD <file:///etc/passwd>", "LOAD <" + evil.toUri() + ">",
                "LOAD <" + evil.toUri() + "> INTO GRAPH <urn:x:g>", "INSERT DATA { <urn:x:evil> <urn:x:p> 1 }")) {
            for (String path : List.of("/kabar", "/kabar/update", "/kabar/sparql", "/kabar/query")) {
                HttpResponse<String> direct = send(server, "POST", path, "application/sparql-update",
                        BodyPublishers.ofString(update), null);
                HttpResponse<String> form = send(server, "POST", path, "application/x-www-form-urlencoded",
                        BodyPublishers.ofString("update=" + enc(update)), null);
                assertThat(List.of(direct.statusCode(), form.statusCode())).as(path + " " + update)
                        .allMatch(s -> s >= 400 && s < 500);
                assertThat(direct.body() + form.body()).doesNotContain("root:");
            }
        }
        assertThat(sparql(server, "ASK { { <urn:x:evil> ?p ?o } UNION { GRAPH ?g { <urn:x:evil> ?p ?o } } }"))
                .contains("false");
        assertThat(quadCount()).isEqualTo(quadsBefore);
    }

    @Test
    void refusesGraphStoreWrites() throws Exception {
        String turtle = "<urn:x:evil> <urn:x:p> \"written\" .";
        String graph = "?graph=" + enc("urn:x:g");
        for (String path : List.of("/kabar/data", "/kabar/data?default", "/kabar/data" + graph, "/kabar/get",
                "/kabar/get?default", "/kabar/get" + graph, "/kabar" + graph, "/kabar?default")) {
            for (String method : List.of("PUT", "POST", "DELETE")) {
                BodyPublisher body = method.equals("DELETE") ? BodyPublishers.noBody() : BodyPublishers.ofString(turtle);
                int status = send(server, method, path, "text/turtle", body, null).statusCode();
                assertThat(status).as(method + " " + path).isBetween(400, 499);
            }
        }
        assertThat(quadCount()).isEqualTo(quadsBefore);
    }

    @Test
    void bindsLoopbackUnlessToldOtherwise() throws Exception {
        assertThat(InetAddress.getByName(server.boundHost()).isLoopbackAddress()).isTrue();
        try (KabarServer any = KabarServer.start(store, CannedQueryCatalog.bundled(),
                new ServerOptions("0.0.0.0", 0, 1_000))) {
            assertThat(any.boundHost()).isEqualTo("0.0.0.0");
            assertThat(send(any, "GET", "/$/ping", null, null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> get = send(server, "GET", "/kabar/sparql?query=" + enc("ASK {}"), null, null,
                "https://x.example");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> preflight = preflight(server, "https://x.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigin() throws Exception {
        String ask = "/kabar/sparql?query=" + enc("ASK {}");
        HttpResponse<String> mine = send(cors, "GET", ask, null, null, "https://x.example");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://x.example");
        HttpResponse<String> other = send(cors, "GET", ask, null, null, "https://evil.example");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = preflight(cors, "https://x.example");
        assertThat(preflight.statusCode()).isBetween(200, 299);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://x.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET", "POST");
        assertThat(preflight(cors, "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> post = send(cors, "POST", "/kabar/sparql", "application/sparql-query",
                BodyPublishers.ofString("ASK {}"), "https://x.example");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://x.example");
    }

    @Test
    void runawayQueryStopsWith503AndTheServerCarriesOn() throws Exception {
        for (HttpResponse<String> resp : List.of(
                timed(() -> send(server, "GET", "/kabar/sparql?query=" + enc(RUNAWAY), null, null, null)),
                timed(() -> send(server, "POST", "/kabar/sparql", "application/sparql-query",
                        BodyPublishers.ofString(RUNAWAY + " ORDER BY ?n"), null)),
                timed(() -> send(slowCanned, "GET", "/kabar/queries/runaway", null, null, null)))) {
            assertThat(resp.statusCode()).as(resp.uri().toString()).isEqualTo(503);
            assertThat(resp.body().length()).isLessThan(100);
            assertPlain(resp);
        }
        assertThat(sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"))
                .contains("n", "5");
    }

    @Test
    void cannedQueryParametersCannotInject() throws Exception {
        assertThat(csvRows("contacts-of?name=" + enc("vladimir putin"))).isPositive();
        List<String> nasty = List.of("\"", "'", ">", "}", "#", "x\ny", "\\u0022", "x\\u0022 } } #", "?param_name",
                "<https://schema.org/name>", "\" || true || \"", "') || true || ('", "x\" } } ; DROP ALL ; "
                        + "SELECT * WHERE { ?s ?p ?o } #", "vladimir putin\" . ?a ?b ?c #", "\u0000", "\uFFFF\uD800");
        for (String value : nasty) {
            for (String query : List.of("contacts-of?name=", "statements-by?speaker=")) {
                HttpResponse<String> resp = send(server, "GET", "/kabar/queries/" + query + enc(value), null, null, null);
                assertThat(resp.statusCode()).as(query + value).isIn(200, 400);
                if (resp.statusCode() == 200) {
                    assertThat(csvRows(query + enc(value))).as(query + value).isZero();
                }
            }
        }
        HttpResponse<String> smuggled = send(server, "GET", "/kabar/queries/contacts-of?name=x&param_name="
                + enc("vladimir putin"), null, null, null);
        assertThat(smuggled.statusCode()).isEqualTo(400);
        assertThat(quadCount()).isEqualTo(quadsBefore);
    }

    @Test
    void errorBodiesAreShortPlainTextWithoutStacksOrPaths() throws Exception {
        record Case(String method, String path, int status) { }
        for (Case c : List.of(new Case("GET", "/kabar/sparql?query=" + enc("SELECT * WHERE { ?s ?p "), 400),
                new Case("GET", "/nope/sparql?query=" + enc("ASK {}"), 404),
                new Case("GET", "/kabar/nothing/here", 404),
                new Case("GET", "/etc/passwd", 404),
                new Case("PUT", "/kabar/sparql", 405),
                new Case("DELETE", "/$/ping", 405),
                new Case("GET", "/kabar/get?graph=" + enc("urn:x:none"), 404),
                new Case("GET", "/kabar/queries/contacts-of?name=x&format=xml", 400),
                new Case("GET", "/kabar/queries/nope", 404),
                new Case("GET", "/kabar/sparql?query=" + enc(RUNAWAY), 503),
                new Case("GET", "/kabar/sparql?query=" + enc("SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"), 422))) {
            HttpResponse<String> resp = send(server, c.method(), c.path(), null, BodyPublishers.noBody(), null);
            assertThat(resp.statusCode()).as(c.method() + " " + c.path()).isEqualTo(c.status());
            assertPlain(resp);
        }
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String big = "ASK {} #" + "x".repeat(2 << 20);
        HttpResponse<String> sized = send(server, "POST", "/kabar/sparql", "application/sparql-query",
                BodyPublishers.ofString(big), null);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertPlain(sized);
        HttpResponse<String> chunked = send(server, "POST", "/kabar/sparql", "application/sparql-query",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))), null);
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> form = send(server, "POST", "/kabar/sparql", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("query=" + enc(big)), null);
        assertThat(form.statusCode()).isEqualTo(413);
        HttpResponse<String> header = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/$/ping")).header("X-Big", "x".repeat(100_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(header.statusCode()).isEqualTo(431);
        assertPlain(header);
        for (int size : new int[] {100_000, 1_000_000}) {
            HttpResponse<String> url = send(server, "GET", "/kabar/sparql?query=" + enc(RUNAWAY + "#" + "x".repeat(size)),
                    null, null, null);
            assertThat(url.statusCode()).as("query string of %d bytes", size).isEqualTo(414);
            assertPlain(url);
        }
        HttpResponse<String> small = send(server, "POST", "/kabar/sparql", "application/sparql-query",
                BodyPublishers.ofString("ASK {} #" + "x".repeat(500_000)), null);
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void requestLimitsArePerPathPrefix() {
        RequestLimits limits = new RequestLimits(1_000).withLimit("/kabar/upload", 50_000_000);
        assertThat(limits.limitFor("/kabar/upload")).isEqualTo(50_000_000);
        assertThat(limits.limitFor("/kabar/upload/x")).isEqualTo(50_000_000);
        assertThat(limits.limitFor("/kabar/uploads")).isEqualTo(1_000);
        assertThat(limits.limitFor("/kabar/sparql")).isEqualTo(1_000);
    }

    private static void assertPlain(HttpResponse<String> resp) {
        assertThat(resp.body()).as(resp.uri() + " -> " + resp.statusCode())
                .doesNotContain("Exception", "\tat ", "at org.", "at java.", "/tmp/", "/work/", "/root/", "<html",
                        "root:");
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private static HttpResponse<String> timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> resp = call.call();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        return resp;
    }

    private static String quadCount() throws Exception {
        return sparql(server, QUADS).lines().skip(1).findFirst().orElseThrow().trim();
    }

    private static long csvRows(String canned) throws Exception {
        HttpResponse<String> resp = send(server, "GET", "/kabar/queries/" + canned + "&format=csv", null, null, null);
        assertThat(resp.statusCode()).isEqualTo(200);
        return resp.body().lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    private static String sparql(KabarServer s, String query) throws Exception {
        HttpResponse<String> resp = send(s, "GET", "/kabar/sparql?query=" + enc(query), null, null, null);
        assertThat(resp.statusCode()).isEqualTo(200);
        return resp.body();
    }

    private static HttpResponse<String> preflight(KabarServer s, String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/kabar/sparql"))
                .method("OPTIONS", BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(KabarServer s, String method, String path, String contentType,
                                             BodyPublisher body, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/csv")
                .method(method, body == null ? BodyPublishers.noBody() : body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException staleConnection) {
            // Jetty closes a keep-alive connection when it refused a request before reading its body; the JDK
            // client reuses it and, unlike curl, does not retry a POST. One retry, on a fresh connection.
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
