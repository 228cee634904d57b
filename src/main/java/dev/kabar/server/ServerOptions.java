package dev.kabar.server;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the server listens. Defaults are the safe ones: loopback only, a 30 s query timeout, no CORS, request
 * bodies up to 1 MiB.
 *
 * @param corsOrigins origins (e.g. {@code https://app.example}) whose pages may read responses; empty means
 *                    CORS off, {@code *} means any origin
 * @param maxRequestBytes the largest request body accepted (413 beyond it)
 */
public record ServerOptions(String host, int port, long queryTimeoutMs, List<String> corsOrigins,
                            long maxRequestBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s]+");

    public ServerOptions {
        corsOrigins = corsOrigins.stream().map(ServerOptions::origin).toList();
        if (maxRequestBytes < 0) {
            throw new IllegalArgumentException("maxRequestBytes must not be negative");
        }
    }

    public ServerOptions(String host, int port, long queryTimeoutMs) {
        this(host, port, queryTimeoutMs, List.of(), DEFAULT_MAX_REQUEST_BYTES);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_MS);
    }

    public ServerOptions withCors(List<String> origins) {
        return new ServerOptions(host, port, queryTimeoutMs, origins, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(host, port, queryTimeoutMs, corsOrigins, bytes);
    }

    /** Browsers send origins as scheme://host[:port], lower case, no path; anything else would never match. */
    private static String origin(String value) {
        String o = value.trim().replaceFirst("/$", "").toLowerCase(Locale.ROOT);
        if (!o.equals("*") && !ORIGIN.matcher(o).matches()) {
            throw new IllegalArgumentException("not a web origin: '" + value + "' (expected e.g. https://app.example)");
        }
        return o;
    }
}
