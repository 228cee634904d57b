package dev.kabar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for the configured origins only: their requests get {@code Access-Control-Allow-Origin}, and their
 * preflights for GET or POST are answered here. Other origins get no CORS headers, so browsers keep them out.
 * Installed only when {@code --cors} is given.
 */
final class CorsFilter implements Filter {
    private final Set<String> origins;
    private final boolean anyOrigin;

    CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
        this.anyOrigin = this.origins.contains("*");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        resp.addHeader("Vary", "Origin");
        if (origin == null || !(anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT)))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        String wanted = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && wanted != null) {
            // preflight: the browser asks before a POST with a SPARQL content type
            resp.setHeader("Access-Control-Allow-Methods", "GET, POST");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
            resp.setHeader("Access-Control-Max-Age", "600");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
