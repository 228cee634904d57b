package dev.kabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON Lines corpus grown to N articles by repeating its lines: copies after the first get distinct ids (and
 * URLs), so every one is a new article to the store, as a larger news archive would be.
 */
final class CorpusReplica {
    private CorpusReplica() {
    }

    /** Writes N articles to {@code target}, cycling through the source lines; returns the bytes of text written. */
    static long write(Path source, int articles, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IOException(source + ": no JSON lines to replicate");
        }
        long textBytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                int round = i / lines.size();
                ObjectNode node = (ObjectNode) json.readTree(lines.get(i % lines.size()));
                if (round > 0) {
                    node.put("id", node.path("id").asText("a") + "-r" + round);
                    if (node.hasNonNull("url")) {
                        String url = node.get("url").asText();
                        int hash = url.indexOf('#');
                        String suffix = (url.contains("?") ? "&" : "?") + "replica=" + round;
                        node.put("url", hash < 0 ? url + suffix : url.substring(0, hash) + suffix + url.substring(hash));
                    }
                }
                textBytes += node.path("body").asText("").getBytes(StandardCharsets.UTF_8).length;
                out.write(json.writeValueAsString(node));
                out.newLine();
            }
        }
        return textBytes;
    }
}
