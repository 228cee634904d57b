package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TDB2 load killed with SIGKILL at several points, then run again, ends with exactly the quads of a clean
 * single load: batches are transactions, and loading an article again replaces its graph.
 */
class CrashRecoveryIT {
    private static final Path JAR = Path.of(System.getProperty("kabar.jar", "target/kabar.jar"));
    private static final int ARTICLES = 600;
    private static final String BATCH = "25";

    @TempDir
    Path dir;

    @Test
    void aKilledLoadRerunEqualsACleanLoad() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<String> lines = Files.lines(SharedData.corpus())) {
            Files.write(in.resolve("feed.jsonl"), lines.limit(ARTICLES).toList());
        }
        Path clean = dir.resolve("clean");
        long t0 = System.nanoTime();
        assertThat(run("load", "--store", clean.toString(), "--batch", BATCH, in.toString())).isZero();
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        Path crashed = dir.resolve("crashed");
        List<Long> partial = new ArrayList<>();
        for (double fraction : new double[] {0.35, 0.6, 0.85}) {
            Process load = start("load", "--store", crashed.toString(), "--batch", BATCH, in.toString());
            Thread.sleep((long) (cleanMillis * fraction));
            load.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no commit of the batch in flight
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long articles = articleCount(crashed);
            System.out.printf("CrashRecoveryIT: killed at %.0f%% of a %d ms load: store opens with %d of %d articles%n",
                    fraction * 100, cleanMillis, articles, ARTICLES);
            partial.add(articles);
        }
        assertThat(partial).as("at least one kill landed mid-load").anyMatch(n -> n > 0 && n < ARTICLES);

        assertThat(run("load", "--store", crashed.toString(), "--batch", BATCH, in.toString())).isZero();
        DatasetGraph expected = export(clean);
        DatasetGraph actual = export(crashed);
        System.out.printf("CrashRecoveryIT: clean load %d quads, killed three times and rerun %d quads%n",
                expected.stream().count(), actual.stream().count());
        assertThat(actual.stream().count()).isEqualTo(expected.stream().count());
        assertThat(IsoMatcher.isomorphic(expected, actual)).as("same quads as a clean load").isTrue();
    }

    private long articleCount(Path store) throws IOException, InterruptedException {
        Process p = start("query", "articles", "--format", "csv", "--store", store.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("the store opens after a kill").isZero();
        return out.lines().count() - 1;
    }

    private DatasetGraph export(Path store) throws IOException, InterruptedException {
        Path nq = dir.resolve(store.getFileName() + ".nq");
        assertThat(run("export", "--format", "nquads", "--store", store.toString(), "-o", nq.toString())).isZero();
        return RDFDataMgr.loadDatasetGraph(nq.toString());
    }

    private int run(String... args) throws IOException, InterruptedException {
        Process p = start(args);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
