package dev.kabar.server;

/**
 * How the server listens. Defaults are the safe ones: loopback only, a 30 s query timeout.
 */
public record ServerOptions(String host, int port, long queryTimeoutMs) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_MS);
    }
}
