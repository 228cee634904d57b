package dev.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /kabar/upload} on a server over a TDB2 store: authenticated, typed, bounded, and live. */
class UploadTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static KabarStore store;
    private static KabarServer server;
    private static String base;

    @BeforeAll
    static void start() {
        store = KabarStore.tdb2(dir.resolve("store"));
        Pipeline pipeline = new Pipeline(KnowledgeBase.bundled());
        pipeline.load(List.of(SharedData.seeds()), store, p -> { });
        Uploads uploads = new Uploads(pipeline, new Credentials("editor", PASSWORD), 200_000);
        server = KabarServer.start(store, CannedQueryCatalog.bundled(), new ServerOptions("127.0.0.1", 0, 10_000), uploads);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void refusesWithoutTheRightCredentials() throws Exception {
        long before = quads();
        HttpResponse<String> none = post("/kabar/upload", "text/plain", "Presiden Joko Widodo bertemu Raja Salman.", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(post("/kabar/upload", "text/plain", "x", "editor:wrong password!!").statusCode()).isEqualTo(401);
        assertThat(post("/kabar/upload", "text/plain", "x", "kabar:" + PASSWORD).statusCode()).isEqualTo(401);
        assertThat(get("/kabar/upload", "editor:" + PASSWORD).statusCode()).isEqualTo(405);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void loadsTextHtmlAndJsonLinesAndAnswersWithAReport() throws Exception {
        HttpResponse<String> text = post("/kabar/upload?name=kunjungan.txt", "text/plain; charset=utf-8",
                "Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Penny Wong di Canberra pada Senin.",
                "editor:" + PASSWORD);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
        assertThat(text.body()).contains("\"loaded\":1");
        HttpResponse<String> html = post("/kabar/upload", "text/html", "<html><head><title>Telepon</title></head>"
                + "<body><article><p>Presiden Prabowo Subianto menelepon Presiden Emmanuel Macron.</p></article></body></html>",
                "editor:" + PASSWORD);
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        HttpResponse<String> feed = post("/kabar/upload?name=feed", "application/x-ndjson",
                "{\"id\":\"up-1\",\"title\":\"Satu\",\"body\":\"Sekjen PBB Antonio Guterres bertemu dengan Presiden Joko Widodo di Jakarta.\"}\n"
                        + "{\"id\":\"up-2\",\"body\":\n", "editor:" + PASSWORD);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("\"loaded\":1").contains("upload:feed.jsonl:2").contains("malformed JSON");

        for (String name : List.of("Penny Wong", "Prabowo Subianto", "António Guterres")) {
            assertThat(get("/kabar/queries/contacts-of?format=csv&name=" + enc(name), null).body().lines().count())
                    .as(name).isGreaterThan(1);
        }
    }

    @Test
    void anUploadedArticleWithTheSameIdReplacesTheOldOne() throws Exception {
        String first = "{\"id\":\"up-same\",\"title\":\"A\",\"body\":\"Presiden Joko Widodo bertemu Raja Abdullah II.\"}";
        String second = "{\"id\":\"up-same\",\"title\":\"B\",\"body\":\"Presiden Joko Widodo bertemu Paus Fransiskus.\"}";
        assertThat(post("/kabar/upload", "application/x-ndjson", first, "editor:" + PASSWORD).statusCode()).isEqualTo(200);
        long articles = count("?a a <https://schema.org/NewsArticle>");
        assertThat(post("/kabar/upload", "application/x-ndjson", second, "editor:" + PASSWORD).statusCode()).isEqualTo(200);
        assertThat(count("?a a <https://schema.org/NewsArticle>")).isEqualTo(articles);
        assertThat(count("<https://w3id.org/kabar/id/article/up-same> <https://schema.org/headline> \"B\"")).isEqualTo(1);
        assertThat(count("<https://w3id.org/kabar/id/article/up-same> <https://schema.org/headline> \"A\"")).isZero();
    }

    @Test
    void refusesWhatIsNotAnArticle() throws Exception {
        String auth = "editor:" + PASSWORD;
        assertThat(post("/kabar/upload", "application/pdf", "%PDF-1.7", auth).statusCode()).isEqualTo(415);
        HttpResponse<String> binary = post("/kabar/upload", "text/plain", "%PDF-1.7\n\u0000\u0001", auth);
        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(binary.body()).contains("binary content").doesNotContain("/tmp").doesNotContain("Exception");
        HttpResponse<String> big = post("/kabar/upload", "text/plain", "kata ".repeat(60_000), auth);
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void queriesGoOnWhileUploadsLoad() throws Exception {
        List<String> lines;
        try (Stream<String> s = Files.lines(SharedData.corpus())) {
            lines = s.skip(100).limit(120).toList();
        }
        long before = count("?a a <https://schema.org/NewsArticle>");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> uploads = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += 20) {
                String chunk = String.join("\n", lines.subList(i, Math.min(lines.size(), i + 20)));
                uploads.add(pool.submit(() -> post("/kabar/upload", "application/x-ndjson", chunk,
                        "editor:" + PASSWORD).statusCode()));
            }
            List<Future<Integer>> queries = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                queries.add(pool.submit(() -> get("/kabar/queries/who-talked-to-whom?format=csv", null).statusCode()));
            }
            for (Future<Integer> f : uploads) {
                assertThat(f.get()).isEqualTo(200);
            }
            for (Future<Integer> f : queries) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("?a a <https://schema.org/NewsArticle>")).isEqualTo(before + lines.size());
    }

    private static long quads() throws Exception {
        String body = get("/kabar/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), null,
                "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static long count(String pattern) throws Exception {
        String body = get("/kabar/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }"), null,
                "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static HttpResponse<String> post(String path, String type, String body, String userPassword)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (userPassword != null) {
            b.header("Authorization", basic(userPassword));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String userPassword) throws IOException, InterruptedException {
        return get(path, userPassword, null);
    }

    private static HttpResponse<String> get(String path, String userPassword, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (userPassword != null) {
            b.header("Authorization", basic(userPassword));
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
