package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.ServedJar;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar as a user runs it: a separate JVM, real stdout, real signals. */
class RunnableJarIT {
    private static final Path JAR = ServedJar.JAR;

    @Test
    void servesTheBundledSamplesAndStopsCleanlyOnSigterm() throws Exception {
        try (ServedJar server = ServedJar.serve()) {
            assertThat(server.banner().get(0)).startsWith("kabar: loaded 3 articles from bundled samples");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/kabar/queries/who-talked-to-whom?format=csv")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).startsWith("a,aName,b,bName,kind,date,article").contains("Penny Wong");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Kabar explorer");

            assertThat(server.stop()).as("stopped within 20 s of SIGTERM").isTrue();
            // stderr is a file, so the shutdown message written after the pipes close is still there
            assertThat(server.stderr()).contains("kabar: server stopped").doesNotContain("Exception");
        }
    }

    @Test
    void queriesTheSeedsInOneStep() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "query", "who-talked-to-whom", "--format", "csv",
                SharedData.seeds().toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).startsWith("a,aName,b,bName,kind,date,article").contains("Mahmoud Abbas");
    }

    @Test
    void reportsAMissingFileAsOneLineWithExitCodeOne() throws IOException, InterruptedException {
        Path missing = Files.createTempDirectory("kabar").resolve("missing.txt");
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "export", missing.toString()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines().toList()).containsExactly("kabar: skipped " + missing + ": no such file or folder",
                "kabar: loaded 0 articles, skipped 1 (1 no such file)",
                "kabar: no article could be loaded from the inputs given");
    }

    private static String java() {
        return ServedJar.java();
    }
}
