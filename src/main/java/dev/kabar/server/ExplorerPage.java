package dev.kabar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The explorer page: {@code GET /} is the page, {@code GET /explorer/FILE} its scripts, styles and vendored
 * libraries, all read from {@code web/} on the class path. Everything else passes on to Fuseki. A filter rather
 * than a servlet because Fuseki keeps the root servlet mapping for its own 404 backstop.
 */
final class ExplorerPage implements Filter {
    static final String ASSETS = "/explorer/";
    private static final String ROOT = "web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "md", "text/plain; charset=utf-8",
            "txt", "text/plain; charset=utf-8");
    /**
     * Only this server's own files and endpoints: the page works offline and runs no injected script. The one
     * inline style allowed, by its hash, is the container rule Cytoscape 3.34.4 adds to the page; a new Cytoscape
     * needs its hash here (the browser tests fail on the refusal, naming the hash).
     */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String file = path.equals("/") || path.isEmpty() ? "index.html"
                : path.startsWith(ASSETS) ? path.substring(ASSETS.length()) : null;
        if (file == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            PlainErrors.write(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the explorer page is read-only");
            return;
        }
        String type = type(file);
        InputStream in = type == null || !safe(file) ? null
                : ExplorerPage.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            PlainErrors.write(resp, HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
            return;
        }
        try (in) {
            byte[] body = in.readAllBytes();
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type);
            resp.setContentLength(body.length);
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", "no-cache");
            if (req.getMethod().equals("GET")) {
                resp.getOutputStream().write(body);
            }
        }
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(file.substring(dot + 1));
    }

    /** Plain relative names only: no way out of {@code web/}. */
    private static boolean safe(String file) {
        return !file.isEmpty() && !file.startsWith("/") && !file.contains("..") && !file.contains("\\")
                && file.chars().allMatch(c -> c > 32 && c < 127);
    }
}
