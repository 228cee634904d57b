package dev.kabar.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON Lines, one article per line with {@code id, title, date, source, url, body}; streamed line by line in
 * bounded memory. A broken line (bad JSON, bad UTF-8, too long, no body) is reported with its line number
 * and skipped; the lines after it are still read.
 */
public final class JsonLinesReader {
    private final ObjectMapper json = new ObjectMapper();

    /** Reads every line; returns whether every line gave its article in full. */
    public boolean read(Path file, ArticleSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, sink);
        }
    }

    public boolean read(String name, InputStream in, ArticleSink sink) throws IOException {
        ByteLines lines = new ByteLines(in, DocumentLimits.MAX_JSON_LINE_BYTES);
        boolean complete = true;
        int articles = 0;
        ByteLines.Line line;
        while ((line = lines.next()) != null) {
            String origin = name + ":" + line.number();
            if (line.overlong()) {
                sink.problem(new ReadProblem(origin, ReadProblem.Kind.TOO_LARGE, "line of "
                        + DocumentLimits.megabytes(line.length()) + " skipped (a line is capped at "
                        + DocumentLimits.megabytes(DocumentLimits.MAX_JSON_LINE_BYTES) + ")"));
                complete = false;
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line.bytes())).toString();
            } catch (CharacterCodingException e) {
                sink.problem(new ReadProblem(origin, ReadProblem.Kind.BAD_ENCODING, "not valid UTF-8 text"));
                complete = false;
                continue;
            }
            if (line.number() == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                if (parseLine(origin, text, sink)) {
                    articles++;
                } else {
                    complete = false;
                }
            } catch (JsonProcessingException e) {
                sink.problem(new ReadProblem(origin, ReadProblem.Kind.MALFORMED, "malformed JSON: "
                        + oneLine(e.getOriginalMessage())));
                complete = false;
            }
        }
        if (articles == 0 && complete) {
            sink.problem(new ReadProblem(name, ReadProblem.Kind.EMPTY, "no JSON lines"));
            return false;
        }
        return complete;
    }

    private boolean parseLine(String origin, String line, ArticleSink sink) throws JsonProcessingException {
        JsonNode node = json.readTree(line);
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            sink.problem(new ReadProblem(origin, ReadProblem.Kind.MALFORMED, "expected a JSON object, found " + found));
            return false;
        }
        String body = text(node, "body");
        if (body == null || body.isBlank()) {
            sink.problem(new ReadProblem(origin, ReadProblem.Kind.NO_TEXT, "no \"body\" text"));
            return false;
        }
        String id = text(node, "id");
        String url = text(node, "url");
        GivenMetadata given = new GivenMetadata(text(node, "title"), text(node, "source"), text(node, "date"), url);
        Article article = new Article(ArticleIds.of(id, url, body), origin, body, given);
        Article kept = ArticleSource.capped(article, sink);
        sink.article(kept);
        return kept == article;
    }

    /**
     * Jackson's messages may quote the offending input over several lines and point at a redacted source; a
     * report line must stay one line, and the line number is already in the origin.
     */
    private static String oneLine(String message) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        int marker = m.indexOf(" (start marker at");
        m = marker > 0 ? m.substring(0, marker) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
