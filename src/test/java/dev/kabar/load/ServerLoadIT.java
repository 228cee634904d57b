package dev.kabar.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.support.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test (profile {@code load}, not the default suite): the packaged jar serves the whole corpus with
 * uploads allowed; clients send canned queries and SPARQL while articles are uploaded. Bounds come from system
 * properties: {@code kabar.load.clients} (16), {@code kabar.load.requests} (20000).
 */
class ServerLoadIT {
    private static final Path JAR = Path.of(System.getProperty("kabar.jar", "target/kabar.jar"));
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:\\d+)/kabar/sparql");
    private static final String USER_PASSWORD = "loadtest:a long enough load-test password";

    @TempDir
    Path dir;

    @Test
    void holdsUnderConcurrentQueriesAndUploads() throws Exception {
        int clients = Integer.getInteger("kabar.load.clients", 16);
        int requests = Integer.getInteger("kabar.load.requests", 20_000);
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, USER_PASSWORD + "\n");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", SharedData.corpus().toString(), "--port", "0", "--allow-upload",
                "--password-file", passwordFile.toString(), "--timeout", "60");
        Process server = new ProcessBuilder(cmd).redirectError(dir.resolve("server.err").toFile()).start();
        try {
            long t0 = System.nanoTime();
            String base = awaitEndpoint(server);
            double startup = (System.nanoTime() - t0) / 1e9;
            LoadDriver.Result result = new LoadDriver(base).run(clients, requests, 42, uploads(), USER_PASSWORD);
            String report = String.format("server up with the whole corpus after %.1f s; %d clients%n", startup, clients)
                    + result.table();
            System.out.print(report);
            Files.writeString(Path.of("target", "load-test.txt"), report);
            assertThat(result.errors()).as(result.firstErrors(5)).isZero();
            assertThat(result.uploadErrors()).isZero();
            assertThat(result.uploads()).as("uploads happened during the run").isPositive();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Corpus articles under new ids, 25 per upload, so each upload adds articles to the running store. */
    private static List<String> uploads() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        try (Stream<String> lines = Files.lines(SharedData.corpus())) {
            for (String line : lines.limit(2000).toList()) {
                ObjectNode node = (ObjectNode) json.readTree(line);
                node.put("id", "upload-" + node.path("id").asText());
                chunk.add(json.writeValueAsString(node));
                if (chunk.size() == 25) {
                    bodies.add(String.join("\n", chunk));
                    chunk.clear();
                }
            }
        }
        return bodies;
    }

    private static String awaitEndpoint(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the server is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the server ended before serving");
    }
}
