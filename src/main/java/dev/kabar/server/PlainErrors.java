package dev.kabar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error bodies are one short plain-text line: {@code sendError} (Jetty's HTML page echoing the URL) becomes
 * the status's reason phrase, and an exception escaping a servlet becomes a bare 500 and a log entry, so no
 * stack trace, exception text or file path reaches the client. {@link JettyErrors} does the same for errors
 * Jetty raises before any servlet runs (414, 431, bad requests).
 */
final class PlainErrors implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(PlainErrors.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        try {
            chain.doFilter(request, new HttpServletResponseWrapper(resp) {
                @Override
                public void sendError(int sc, String msg) throws IOException {
                    write(resp, sc, HttpStatus.getMessage(sc));
                }

                @Override
                public void sendError(int sc) throws IOException {
                    write(resp, sc, HttpStatus.getMessage(sc));
                }

                @Override
                public void setStatus(int sc) {
                    closeOnError(resp, sc);
                    super.setStatus(sc);
                }
            });
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {} failed", ((HttpServletRequest) request).getMethod(),
                    ((HttpServletRequest) request).getRequestURI(), e);
            if (resp.isCommitted()) {
                throw e;
            }
            write(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal Server Error");
        }
    }

    /**
     * An error may be sent before the request body was read; the connection then cannot be reused, and saying
     * so (Connection: close) keeps clients from sending their next request on a socket the server drops.
     */
    static void closeOnError(HttpServletResponse resp, int status) {
        if (status >= 400 && !resp.isCommitted()) {
            resp.setHeader("Connection", "close");
        }
    }

    /** Writes and commits the body; headers already set (CORS) stay. */
    static void write(HttpServletResponse resp, int status, String message) throws IOException {
        resp.resetBuffer();
        closeOnError(resp, status);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        try {
            resp.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            resp.getWriter().write(message + "\n");
        }
        resp.flushBuffer();
    }

    /** Jetty's own error pages (HTML echoing the URL, or a stack with showStacks) as one plain line. */
    static final class JettyErrors extends ErrorHandler {
        JettyErrors() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            byte[] body = (HttpStatus.getMessage(code) + "\n").getBytes(StandardCharsets.UTF_8);
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
