package dev.kabar.bench;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.query.ResultFormat;
import dev.kabar.server.KabarServer;
import dev.kabar.server.ServerOptions;
import dev.kabar.store.KabarStore;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Latency of every canned query on a loaded store: median and p95 over repeated runs, after one warm-up. */
final class QueryTimings {
    /** A well-covered actor, so that per-actor queries have rows to find at any corpus size. */
    private static final String ACTOR = "Joko Widodo";
    private static final long TIMEOUT_MS = 120_000;

    private final KabarStore store;
    private final int runs;
    private final CannedQueryCatalog catalog = CannedQueryCatalog.bundled();
    private final QueryRunner runner = new QueryRunner(TIMEOUT_MS);

    QueryTimings(KabarStore store, int runs) {
        this.store = store;
        this.runs = runs;
    }

    /** Seconds to answer the first query on a freshly loaded store (cold caches). */
    double first() {
        long t0 = System.nanoTime();
        runner.run(store.queryView(), catalog.get("who-talked-to-whom"), Map.of(), ResultFormat.CSV,
                OutputStream.nullOutputStream());
        return (System.nanoTime() - t0) / 1e9;
    }

    void inProcess(BenchReport report, String label, int n, Consumer<String> log) {
        settle();
        for (CannedQuery q : catalog.all()) {
            log.accept("query " + q.name() + " in-process");
            long[] nanos = time(() -> runner.run(store.queryView(), q, params(q), ResultFormat.CSV,
                    OutputStream.nullOutputStream()));
            report.add(label, n, "query " + q.name() + ", in-process, every row", "median %.0f ms, p95 %.0f ms",
                    pct(nanos, 50), pct(nanos, 95));
        }
    }

    void overHttp(BenchReport report, String label, int n, Consumer<String> log) {
        settle();
        HttpClient http = HttpClient.newHttpClient();
        try (KabarServer server = KabarServer.start(store, catalog, new ServerOptions("127.0.0.1", 0, TIMEOUT_MS))) {
            String base = "http://127.0.0.1:" + server.port() + "/kabar/queries/";
            for (CannedQuery q : catalog.all()) {
                log.accept("query " + q.name() + " over HTTP");
                StringBuilder url = new StringBuilder(base).append(q.name()).append("?format=csv");
                params(q).forEach((k, v) -> url.append('&').append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).GET().build();
                long[] nanos = time(() -> {
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(q.name() + " answered " + r.statusCode());
                        }
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
                report.add(label, n, "query " + q.name() + ", HTTP, first page (the server's default)", "median %.0f ms, p95 %.0f ms",
                        pct(nanos, 50), pct(nanos, 95));
            }
        }
    }

    /**
     * One full collection before a series of timings: the load and the N-Quads export before them leave the old
     * generation full of garbage, whose collection would otherwise land inside the first queries' timings, not what
     * a server that has settled after its load sees.
     */
    private static void settle() {
        System.gc();
    }

    private static Map<String, String> params(CannedQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        for (CannedQuery.Param p : q.params()) {
            if (p.defaultValue() == null) {
                params.put(p.name(), ACTOR);
            }
        }
        return params;
    }

    private long[] time(Runnable query) {
        query.run();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            query.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
