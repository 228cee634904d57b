package dev.kabar.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives a running Kabar server with concurrent clients: a fixed number of requests mixing canned queries and
 * SPARQL, optionally with uploads going on meanwhile, and reports errors, latency percentiles and throughput.
 */
public final class LoadDriver {
    /** A request kind of the mix and its relative weight. */
    record Kind(String name, int weight) {
    }

    /** One finished request. */
    record Sample(String kind, long nanos, int status, String error) {
        boolean ok() {
            return error == null && status == 200;
        }
    }

    /** The outcome of a run. */
    public record Result(List<Sample> samples, long wallNanos, int uploads, int uploadErrors, int uploadedArticles) {
        public long errors() {
            return samples.stream().filter(s -> !s.ok()).count();
        }

        public double requestsPerSecond() {
            return samples.size() / (wallNanos / 1e9);
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-24s %8s %7s %9s %9s %9s%n", "kind", "requests", "errors",
                    "p50 ms", "p99 ms", "max ms"));
            Map<String, List<Sample>> byKind = new TreeMap<>();
            samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
            byKind.forEach((k, list) -> sb.append(row(k, list)));
            sb.append(row("ALL", samples));
            sb.append(String.format(Locale.ROOT, "%d requests in %.1f s: %.1f requests/s; %d uploads (%d articles), "
                    + "%d upload errors%n", samples.size(), wallNanos / 1e9, requestsPerSecond(), uploads,
                    uploadedArticles, uploadErrors));
            return sb.toString();
        }

        private static String row(String kind, List<Sample> list) {
            long[] sorted = list.stream().mapToLong(Sample::nanos).sorted().toArray();
            return String.format(Locale.ROOT, "%-24s %8d %7d %9.1f %9.1f %9.1f%n", kind, list.size(),
                    list.stream().filter(s -> !s.ok()).count(), pct(sorted, 50), pct(sorted, 99),
                    sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        public String firstErrors(int n) {
            return String.join("\n", samples.stream().filter(s -> !s.ok()).limit(n)
                    .map(s -> s.kind() + ": " + s.status() + " " + s.error()).toList());
        }
    }

    private static final List<String> NAMES = List.of("Joko Widodo", "Prabowo Subianto", "Susilo Bambang Yudhoyono",
            "Jusuf Kalla", "Anies Baswedan", "Basuki Tjahaja Purnama", "Donald Trump", "Vladimir Putin", "Xi Jinping",
            "Emmanuel Macron", "Retno Marsudi", "Sandiaga Uno", "Komisi Pemberantasan Korupsi", "Amerika Serikat",
            "Tiongkok", "Rusia", "Arab Saudi", "Jepang", "Malaysia", "Perserikatan Bangsa-Bangsa", "nobody at all",
            "x\" } ; DROP ALL ; #");
    private static final List<Kind> MIX = List.of(
            new Kind("canned contacts-of", 14), new Kind("canned statements-by", 12), new Kind("canned timeline", 10),
            new Kind("canned statements-about", 8), new Kind("canned who-talked-to-whom", 6),
            new Kind("canned network", 4), new Kind("canned corroborated", 4), new Kind("canned list", 2),
            new Kind("sparql count", 12), new Kind("sparql lookup", 16), new Kind("sparql ask", 12));
    private static final List<String> LISTS = List.of("articles", "people", "organizations", "countries", "places",
            "statements");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public LoadDriver(String base) {
        this.base = base;
    }

    /**
     * Sends {@code requests} requests from {@code clients} threads; meanwhile, when {@code uploadBodies} is not
     * empty, one more thread posts them in turn (JSON Lines) with {@code userPassword}.
     */
    public Result run(int clients, int requests, long seed, List<String> uploadBodies, String userPassword)
            throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger uploads = new AtomicInteger();
        AtomicInteger uploadErrors = new AtomicInteger();
        AtomicInteger uploaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        long start = System.nanoTime();
        Future<?> uploader = pool.submit(() -> {
            for (int i = 0; i < uploadBodies.size() && !done.get(); i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kabar/upload"))
                            .header("Content-Type", "application/x-ndjson")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    userPassword.getBytes(StandardCharsets.UTF_8)))
                            .timeout(Duration.ofMinutes(2))
                            .POST(HttpRequest.BodyPublishers.ofString(uploadBodies.get(i))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    uploads.incrementAndGet();
                    if (r.statusCode() == 200) {
                        uploaded.addAndGet((int) uploadBodies.get(i).lines().count());
                    } else {
                        uploadErrors.incrementAndGet();
                    }
                } catch (Exception e) {
                    uploadErrors.incrementAndGet();
                }
            }
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    samples.add(one(random));
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        long wall = System.nanoTime() - start;
        done.set(true);
        uploader.get();
        pool.shutdown();
        return new Result(new ArrayList<>(samples), wall, uploads.get(), uploadErrors.get(), uploaded.get());
    }

    private Sample one(Random random) {
        Kind kind = pick(random);
        String name = NAMES.get(random.nextInt(NAMES.size()));
        String path = switch (kind.name()) {
            case "canned contacts-of" -> "/kabar/queries/contacts-of?format=csv&name=" + enc(name);
            case "canned statements-by" -> "/kabar/queries/statements-by?format=json&speaker=" + enc(name);
            case "canned timeline" -> "/kabar/queries/timeline?format=csv&name=" + enc(name);
            case "canned statements-about" -> "/kabar/queries/statements-about?format=tsv&name=" + enc(name);
            case "canned who-talked-to-whom" -> "/kabar/queries/who-talked-to-whom?format=csv";
            case "canned network" -> "/kabar/queries/network?format=json";
            case "canned corroborated" -> "/kabar/queries/corroborated?format=csv&min=" + (2 + random.nextInt(2));
            case "canned list" -> "/kabar/queries/" + LISTS.get(random.nextInt(LISTS.size())) + "?format=csv";
            case "sparql count" -> sparql("PREFIX s: <https://schema.org/> SELECT (COUNT(DISTINCT ?a) AS ?n) "
                    + "WHERE { ?e s:name " + literal(name) + " . ?a s:mentions ?e }");
            case "sparql lookup" -> sparql("PREFIX s: <https://schema.org/> SELECT ?a ?title WHERE { ?e s:name "
                    + literal(name) + " . ?a s:mentions ?e ; s:headline ?title } LIMIT 20");
            default -> sparql("PREFIX s: <https://schema.org/> ASK { ?e s:name " + literal(name)
                    + " ; a s:Person }");
        };
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Sample(kind.name(), System.nanoTime() - t0, r.statusCode(),
                    r.statusCode() == 200 ? null : r.body().lines().findFirst().orElse(""));
        } catch (Exception e) {
            return new Sample(kind.name(), System.nanoTime() - t0, -1, e.toString());
        }
    }

    private static Kind pick(Random random) {
        int total = MIX.stream().mapToInt(Kind::weight).sum();
        int r = random.nextInt(total);
        for (Kind k : MIX) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        return MIX.get(0);
    }

    private static String sparql(String query) {
        return "/kabar/sparql?query=" + enc(query);
    }

    /** A SPARQL string literal: the load test sends hostile names too, escaped as the grammar requires. */
    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
