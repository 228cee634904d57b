package dev.kabar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rejects request bodies over a size limit with 413: at once by Content-Length, or while reading a chunked
 * body. The limit is per path prefix (longest match wins), so an upload endpoint can allow more than SPARQL.
 * Chunked form posts are refused (411): Jetty parses forms itself, past this filter's counting.
 */
final class RequestLimits implements Filter {
    private final long defaultLimit;
    private final Map<String, Long> byPrefix;

    RequestLimits(long defaultLimit) {
        this(defaultLimit, Map.of());
    }

    private RequestLimits(long defaultLimit, Map<String, Long> byPrefix) {
        this.defaultLimit = defaultLimit;
        this.byPrefix = byPrefix;
    }

    /** A copy that allows {@code limit} bytes under {@code pathPrefix} (e.g. {@code /kabar/upload}). */
    RequestLimits withLimit(String pathPrefix, long limit) {
        Map<String, Long> all = new LinkedHashMap<>(byPrefix);
        all.put(pathPrefix, limit);
        Map<String, Long> sorted = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(String::length).reversed()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new RequestLimits(defaultLimit, sorted);
    }

    long limitFor(String path) {
        for (Map.Entry<String, Long> e : byPrefix.entrySet()) {
            String p = e.getKey();
            if (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")) {
                return e.getValue();
            }
        }
        return defaultLimit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        // the decoded, normalised path, so "/kabar/./upload" or %-escapes cannot pick another limit
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        long limit = limitFor(path);
        long length = req.getContentLengthLong();
        if (length > limit) {
            reject(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
            return;
        }
        if (length >= 0 || req.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            reject(req, resp, HttpServletResponse.SC_LENGTH_REQUIRED, "Length Required");
            return;
        }
        Counted counted = new Counted(req, limit);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!counted.exceeded || resp.isCommitted()) {
                throw e;
            }
        }
        if (counted.exceeded && !resp.isCommitted()) {
            reject(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
        }
    }

    /** Bodies up to this size are read and dropped before an early refusal; larger ones only get the close. */
    private static final long DRAIN_LIMIT = 8L << 20;

    /**
     * The unread body makes the connection unusable (the error says so). A client still sending when the server
     * closes gets a reset that can swallow the reply, so a modest body is read first.
     */
    private static void reject(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        long declared = req.getContentLengthLong();
        if (declared <= DRAIN_LIMIT) {
            try {
                byte[] buf = new byte[64 * 1024];
                long read = 0;
                int n;
                while (read < DRAIN_LIMIT && (n = req.getInputStream().read(buf)) > 0) {
                    read += n;
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away, or the body was taken as a form or reader: the close below still holds
            }
        }
        PlainErrors.write(resp, status, message); // says Connection: close, as every error does
    }

    private static String tooLarge(long limit) {
        return "Request body too large (limit " + limit + " bytes)";
    }

    /** The request with its body stream cut off, by an IOException, once it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream in;
        private boolean exceeded;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            check(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = raw.read(buf, off, len);
                        if (n > 0) {
                            check(n);
                        }
                        return n;
                    }

                    private void check(int n) throws IOException {
                        count += n;
                        if (count > limit) {
                            exceeded = true;
                            throw new IOException("request body over " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
