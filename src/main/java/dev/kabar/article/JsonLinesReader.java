package dev.kabar.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;

/**
 * JSON Lines, one article per line with {@code id, title, date, source, url, body}; streamed, so a file of
 * any size is read in bounded memory. A broken line is reported with its line number and skipped.
 */
public final class JsonLinesReader {
    private final ObjectMapper json = new ObjectMapper();

    public void read(Path file, ArticleSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int lineNo = 0;
            String line;
            while (true) {
                try {
                    line = in.readLine();
                } catch (CharacterCodingException e) {
                    sink.problem(new ReadProblem(file + ":" + (lineNo + 1), "not valid UTF-8 text; rest of file skipped"));
                    return;
                }
                if (line == null) {
                    return;
                }
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + lineNo;
                try {
                    parseLine(origin, line, sink);
                } catch (JsonProcessingException e) {
                    sink.problem(new ReadProblem(origin, "malformed JSON: " + e.getOriginalMessage()));
                }
            }
        }
    }

    private void parseLine(String origin, String line, ArticleSink sink) throws JsonProcessingException {
        JsonNode node = json.readTree(line);
        if (!node.isObject()) {
            sink.problem(new ReadProblem(origin, "expected a JSON object, found " + node.getNodeType().name().toLowerCase()));
            return;
        }
        String body = text(node, "body");
        if (body == null || body.isBlank()) {
            sink.problem(new ReadProblem(origin, "no \"body\" text"));
            return;
        }
        String id = text(node, "id");
        String url = text(node, "url");
        GivenMetadata given = new GivenMetadata(text(node, "title"), text(node, "source"), text(node, "date"), url);
        sink.article(new Article(ArticleIds.of(id, url, body), origin, body, given));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
