package dev.kabar.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.support.ServedJar;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test (profile {@code load}, not the default suite): the packaged jar serves the whole corpus with
 * uploads allowed; clients send canned queries and SPARQL while articles are uploaded. Bounds come from system
 * properties: {@code kabar.load.clients} (16), {@code kabar.load.requests} (20000).
 */
class ServerLoadIT {
    private static final String USER_PASSWORD = "loadtest:a long enough load-test password";

    @TempDir
    Path dir;

    @Test
    void holdsUnderConcurrentQueriesAndUploads() throws Exception {
        int clients = Integer.getInteger("kabar.load.clients", 16);
        int requests = Integer.getInteger("kabar.load.requests", 20_000);
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, USER_PASSWORD + "\n");
        long t0 = System.nanoTime();
        try (ServedJar server = ServedJar.serve(SharedData.corpus().toString(), "--allow-upload",
                "--password-file", passwordFile.toString(), "--timeout", "60")) {
            String base = server.base();
            double startup = (System.nanoTime() - t0) / 1e9;
            LoadDriver.Result result = new LoadDriver(base).run(clients, requests, 42, uploads(), USER_PASSWORD);
            String report = String.format("server up with the whole corpus after %.1f s; %d clients%n", startup, clients)
                    + result.table();
            System.out.print(report);
            Files.writeString(Path.of("target", "load-test.txt"), report);
            assertThat(result.errors()).as(result.firstErrors(5)).isZero();
            assertThat(result.uploadErrors()).isZero();
            assertThat(result.uploads()).as("uploads happened during the run").isPositive();
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
}
