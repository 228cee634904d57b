package dev.kabar.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.article.ReadProblem;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.store.KabarStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /kabar/upload}: loads the articles in the body (plain text, HTML, or JSON Lines, by Content-Type)
 * into the store while queries go on, for one user with HTTP Basic credentials. It is the only way to write to a
 * running server: never SPARQL Update or LOAD. Answers with a JSON report (loaded, problems).
 */
final class UploadServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(UploadServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient KabarStore store;
    private final transient Uploads uploads;
    /** One upload writes at a time; queries are not held up (the store's transactions isolate them). */
    private final transient ReentrantLock writer = new ReentrantLock();

    UploadServlet(KabarStore store, Uploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!uploads.credentials().accepts(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"kabar upload\", charset=\"UTF-8\"");
            PlainErrors.write(resp, HttpServletResponse.SC_UNAUTHORIZED, "credentials required");
            return;
        }
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            PlainErrors.write(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "use POST with the article in the body");
            return;
        }
        String extension = extensionFor(req.getContentType());
        if (extension == null) {
            PlainErrors.write(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "send text/plain, text/html or application/x-ndjson (JSON Lines)");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, uploads.maxBytes() + 1));
        }
        if (body.length > uploads.maxBytes()) {
            PlainErrors.write(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "upload larger than "
                    + uploads.maxBytes() + " bytes; send JSON Lines in several parts");
            return;
        }
        String name = "upload:" + safeName(req.getParameter("name")) + extension;
        List<ReadProblem> problems = new ArrayList<>();
        LoadReport report;
        writer.lock();
        try {
            report = uploads.pipeline().loadDocument(name, body, store, problems::add);
        } catch (RuntimeException e) {
            LOG.warn("upload {} failed", name, e);
            PlainErrors.write(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "upload could not be stored");
            return;
        } finally {
            writer.unlock();
        }
        LOG.info("upload {}: {}", name, report.summary());
        respond(resp, report);
    }

    private static void respond(HttpServletResponse resp, LoadReport report) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("loaded", report.loaded());
        json.put("summary", report.summary());
        ArrayNode list = json.putArray("problems");
        for (ReadProblem p : report.problems()) {
            list.addObject().put("origin", p.origin()).put("outcome", p.outcome().name().toLowerCase(Locale.ROOT))
                    .put("reason", p.reason());
        }
        // nothing loaded: the request was understood but its content was not an article
        resp.setStatus(report.loaded() == 0 ? 422 : HttpServletResponse.SC_OK);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.writeValueAsBytes(json));
    }

    /** The file extension that tells the readers the format, or null for a type Kabar does not read. */
    static String extensionFor(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> ".txt";
            case "text/html", "application/xhtml+xml" -> ".html";
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> ".jsonl";
            default -> null;
        };
    }

    /** A caller-given name for messages: letters, digits, dot, dash and underscore only, at most 64. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "body";
        }
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        s = s.replaceAll("\\.(txt|html?|jsonl|ndjson)$", "");
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
