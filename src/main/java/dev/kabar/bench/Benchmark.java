package dev.kabar.bench;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSink;
import dev.kabar.article.ArticleSource;
import dev.kabar.article.ReadProblem;
import dev.kabar.extract.Extraction;
import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.ExportFormat;
import dev.kabar.store.Exporter;
import dev.kabar.store.KabarStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Measures Kabar on a corpus grown to N articles: extraction alone per stage, end-to-end load into a store, the
 * same quads loaded by Jena alone (the limit), and every canned query in-process and over HTTP.
 */
public final class Benchmark {
    /** Which store a run loads into. */
    public enum StoreKind {
        MEMORY("memory"), MEMORY_TXN("memory-txn"), TDB2("TDB2");

        private final String label;

        StoreKind(String label) {
            this.label = label;
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    private final int runs;
    private final Path work;
    private final PrintWriter log;

    public Benchmark(Pipeline pipeline, int threads, int runs, Path work, PrintWriter log) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.runs = runs;
        this.work = work;
        this.log = log;
    }

    public String run(Path corpus, List<Integer> sizes, List<StoreKind> stores, String machine) throws IOException {
        BenchReport report = new BenchReport(machine);
        for (int n : sizes) {
            Path replica = work.resolve("corpus-" + n + ".jsonl");
            long textBytes = CorpusReplica.write(corpus, n, replica);
            extractionAlone(report, replica, n, textBytes);
            for (StoreKind kind : stores) {
                endToEnd(report, replica, n, kind);
            }
            Files.deleteIfExists(replica);
        }
        return report.markdown();
    }

    /** Read, extract and map on one thread, no store: where the time of one article goes. */
    private void extractionAlone(BenchReport report, Path replica, int n, long textBytes) {
        log("extraction alone, " + n + " articles");
        long[] nanos = new long[2];
        int[] count = {0};
        long t0 = System.nanoTime();
        new ArticleSource().read(List.of(replica), new ArticleSink() {
            @Override
            public void article(Article article) {
                long a = System.nanoTime();
                Extraction x = pipeline.extract(article);
                long b = System.nanoTime();
                pipeline.graphOf(x);
                nanos[0] += b - a;
                nanos[1] += System.nanoTime() - b;
                count[0]++;
            }

            @Override
            public void problem(ReadProblem problem) {
                log("problem: " + problem);
            }
        });
        double total = (System.nanoTime() - t0) / 1e9;
        double read = total - (nanos[0] + nanos[1]) / 1e9;
        report.add("none", n, "extraction alone, 1 thread", "%.0f articles/s, %.2f MB/s of text; read %.0f %%, "
                + "extract %.0f %%, map to RDF %.0f %% of %.1f s", count[0] / total, textBytes / 1e6 / total,
                100 * read / total, 100 * nanos[0] / 1e9 / total, 100 * nanos[1] / 1e9 / total, total);
    }

    private void endToEnd(BenchReport report, Path replica, int n, StoreKind kind) throws IOException {
        String label = kind.label;
        log("end-to-end load into " + label + ", " + n + " articles, " + threads + " threads");
        Path storeDir = work.resolve("store-" + label + "-" + n);
        Path nq = work.resolve("quads-" + label + "-" + n + ".nq");
        long quads;
        double loadSeconds;
        HeapPeak.reset();
        long t0 = System.nanoTime();
        try (KabarStore store = switch (kind) {
            case MEMORY -> KabarStore.inMemory(false);
            case MEMORY_TXN -> KabarStore.inMemory(true);
            case TDB2 -> KabarStore.tdb2(storeDir);
        }) {
            LoadReport loaded = pipeline.load(List.of(replica), store, new LoadOptions(false,
                    LoadOptions.DEFAULT_BATCH, threads), p -> log("problem: " + p));
            loadSeconds = (System.nanoTime() - t0) / 1e9;
            long heap = HeapPeak.bytes();
            QueryTimings timings = new QueryTimings(store, runs);
            double firstQuery = timings.first() + loadSeconds;
            quads = store.quadCount();
            report.add(label, n, "Kabar end-to-end load (" + threads + " threads)", "%,d articles in %.1f s: "
                    + "%.0f articles/s, %,.0f quads/s (%,d quads); peak heap %,d MB; first query answered after %.1f s",
                    loaded.loaded(), loadSeconds, loaded.loaded() / loadSeconds, quads / loadSeconds, quads, heap >> 20, firstQuery);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                new Exporter().export(store, ExportFormat.NQUADS, out);
            }
            timings.inProcess(report, label, n, this::log);
            timings.overHttp(report, label, n, this::log);
        }
        deleteTree(storeDir);
        // Jena alone after Kabar's store is closed, so the two stores never share the heap (at 100,000 articles
        // in memory they would not fit together)
        try {
            double jena = jenaAlone(nq, kind, work.resolve("jena-" + label + "-" + n));
            report.add(label, n, "Jena alone: the same quads from N-Quads", "%.1f s: %,.0f quads/s; peak heap %,d MB; "
                    + "Kabar / Jena-alone = **%.1f**", jena, quads / jena, HeapPeak.bytes() >> 20, loadSeconds / jena);
        } catch (OutOfMemoryError e) {
            // Jena's plain in-memory dataset needs more heap for these quads than Kabar's store: say so, and go on
            // with the next measurement (the dataset that filled the heap is unreachable once this is thrown)
            report.add(label, n, "Jena alone: the same quads from N-Quads", "did not fit in the %,d MB heap "
                    + "(out of memory)", Runtime.getRuntime().maxMemory() >> 20);
            log("Jena alone ran out of memory");
        }
        Files.deleteIfExists(nq);
    }

    /** Parses and loads the quads with Jena only, into the same kind of store; returns the seconds it took. */
    private double jenaAlone(Path nq, StoreKind kind, Path dir) throws IOException {
        log("Jena alone, " + nq.getFileName());
        HeapPeak.reset();
        long t0 = System.nanoTime();
        if (kind == StoreKind.MEMORY) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.source(nq).lang(Lang.NQUADS).parse(dsg);
        } else if (kind == StoreKind.MEMORY_TXN) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            org.apache.jena.system.Txn.executeWrite(dsg, () -> RDFParser.source(nq).lang(Lang.NQUADS).parse(dsg));
        } else {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            RDFParser.source(nq).lang(Lang.NQUADS).parse(loader.stream());
            loader.finishBulk();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        deleteTree(dir);
        return seconds;
    }

    private void log(String message) {
        log.println("kabar bench: " + message);
        log.flush();
    }

    /** Deletes a folder and everything in it (the benchmark's temporary stores and files). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
