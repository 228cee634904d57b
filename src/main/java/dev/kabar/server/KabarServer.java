package dev.kabar.server;

import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.store.KabarStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: dataset {@code /kabar} read-only (SPARQL query and Graph Store read, never
 * update), canned queries at {@code /kabar/queries/{name}}, the explorer page at {@code /}, {@code /$/ping};
 * bound to the given host only.
 */
public final class KabarServer implements AutoCloseable {
    public static final String DATASET = "/kabar";
    public static final String UPLOAD_PATH = DATASET + "/upload";
    /** Request line plus headers; Fuseki allows 512 KiB, longer queries belong in a POST body. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private final FusekiServer fuseki;

    private KabarServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static KabarServer start(KabarStore store, CannedQueryCatalog catalog, ServerOptions options) {
        return start(store, catalog, options, null);
    }

    /**
     * Starts the server; with {@code uploads}, {@code POST /kabar/upload} loads articles for the one user with
     * its credentials (TDB2 takes the write beside running reads; the in-memory store holds reads back while a batch is written).
     */
    public static KabarServer start(KabarStore store, CannedQueryCatalog catalog, ServerOptions options,
            Uploads uploads) {
        // SERVICE would let any caller make this server fetch from other hosts
        ARQ.globalServiceAllowed = false;
        DatasetGraph dataset = store.queryView();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMs()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add(DATASET, dataset, false)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .verbose(false);
        // Fuseki's own CORS filter allows every origin; ours allows only --cors ones, and is outermost so
        // that error responses are readable by those origins too
        builder.enableCors(false);
        if (!options.corsOrigins().isEmpty()) {
            builder.addFilter("/*", new CorsFilter(options.corsOrigins()));
        }
        RequestLimits limits = new RequestLimits(options.maxRequestBytes());
        if (uploads != null) {
            limits = limits.withLimit(UPLOAD_PATH, uploads.maxBytes());
            builder.addServlet(UPLOAD_PATH, new UploadServlet(store, uploads));
        }
        builder.addFilter("/*", new PlainErrors())
                .addFilter("/*", limits)
                .addFilter("/*", new ExplorerPage())
                .addServlet(DATASET + "/queries/*",
                        new CannedQueryServlet(dataset, catalog, new QueryRunner(options.queryTimeoutMs())));
        FusekiServer server = builder.build();
        server.getJettyServer().setErrorHandler(new PlainErrors.JettyErrors());
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                // the exact address asked for: Fuseki's loopback() binds "localhost", whatever that resolves to
                sc.setHost(options.host() == null ? ServerOptions.DEFAULT_HOST : options.host());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
                }
            }
        }
        server.start();
        return new KabarServer(server);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address the listener is bound to, as configured (e.g. {@code 127.0.0.1}). */
    public String boundHost() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        throw new IllegalStateException("no network connector");
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
