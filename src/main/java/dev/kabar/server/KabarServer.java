package dev.kabar.server;

import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.store.KabarStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: dataset {@code /kabar} read-only (SPARQL query and Graph Store read, never
 * update), canned queries at {@code /kabar/queries/{name}}, {@code /$/ping}; bound to the given host only.
 */
public final class KabarServer implements AutoCloseable {
    public static final String DATASET = "/kabar";

    private final FusekiServer fuseki;

    private KabarServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static KabarServer start(KabarStore store, CannedQueryCatalog catalog, ServerOptions options) {
        // SERVICE would let any caller make this server fetch from other hosts
        ARQ.globalServiceAllowed = false;
        DatasetGraph dataset = store.queryView();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMs()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(isLoopback(options.host()))
                .add(DATASET, dataset, false)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .verbose(false)
                .addServlet(DATASET + "/queries/*",
                        new CannedQueryServlet(dataset, catalog, new QueryRunner(options.queryTimeoutMs())));
        // no CORS: browsers on other sites must not read this endpoint
        builder.enableCors(false);
        FusekiServer server = builder.build();
        if (!isLoopback(options.host())) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(options.host());
                }
            }
        }
        server.start();
        return new KabarServer(server);
    }

    static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
