package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar as a user runs it: a separate JVM, real stdout, real signals. */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("kabar.jar", "target/kabar.jar"));
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:\\d+)/kabar/sparql");

    @Test
    void servesTheBundledSamplesAndStopsCleanlyOnSigterm() throws Exception {
        assertThat(JAR).exists();
        // stderr goes to a file: Process.destroy() closes the pipes, and the shutdown message comes after it
        Path errFile = Files.createTempFile("kabar-serve", ".err");
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectError(errFile.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String base = null;
            List<String> banner = new ArrayList<>();
            for (String line; base == null && (line = out.readLine()) != null; ) {
                banner.add(line);
                Matcher m = ENDPOINT.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("banner: " + banner).isNotNull();
            assertThat(banner.get(0)).startsWith("kabar: loaded 3 articles from bundled samples");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/kabar/queries/who-talked-to-whom?format=csv")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).startsWith("a,aName,b,bName,kind,date,article").contains("Penny Wong");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Kabar explorer");

            p.destroy(); // SIGTERM
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            String err = Files.readString(errFile);
            assertThat(err).contains("kabar: server stopped").doesNotContain("Exception");
        } finally {
            p.destroyForcibly();
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
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
