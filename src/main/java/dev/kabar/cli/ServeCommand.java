package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.server.KabarServer;
import dev.kabar.server.ServerOptions;
import dev.kabar.store.KabarStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar serve}: loads inputs (or the bundled samples when there are neither inputs nor a store) and
 * serves them over SPARQL until Ctrl-C or SIGTERM.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the graph over SPARQL (embedded Fuseki, read-only). With no INPUT and no --store, "
                + "serves the bundled sample articles.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;
    @Mixin
    StrictOption strict;
    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;
    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit.")
    long timeoutSeconds;
    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let web pages from ORIGIN (e.g. https://app.example) read responses; repeatable; "
                    + "'*' for any origin. Default: CORS off.")
    List<String> corsOrigins = new ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw KabarException.usage("--port must be between 0 and 65535");
        }
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, timeoutSeconds * 1000).withCors(corsOrigins);
        } catch (IllegalArgumentException e) {
            throw KabarException.usage("--cors: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(Workspace.knowledgeBase(storeOptions));
        KabarStore store = Workspace.open(storeOptions);
        KabarServer server;
        try {
            if (input.inputs().isEmpty() && storeOptions.store() == null) {
                try (BundledSamples samples = new BundledSamples()) {
                    report(out, "bundled samples", Workspace.load(pipeline, List.of(samples.folder()), store, err));
                }
            } else if (!input.inputs().isEmpty()) {
                report(out, String.join(" ", input.inputs().stream().map(Path::toString).toList()),
                        Workspace.load(pipeline, input.inputs(), store, LoadOptions.DEFAULTS, strict.strict(), err));
            } else {
                pipeline.loadReferenceGraphs(store);
            }
            server = KabarServer.start(store, CannedQueryCatalog.bundled(), options);
        } catch (RuntimeException e) {
            store.close();
            if (e instanceof KabarException) {
                throw e;
            }
            throw KabarException.failure("cannot start the server: " + rootMessage(e));
        }
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        out.println("SPARQL endpoint: " + base + "/kabar/sparql");
        out.println("Canned queries:  " + base + "/kabar/queries/{name}   (list: kabar queries)");
        out.println("Example:         curl -s '" + base + "/kabar/queries/who-talked-to-whom?format=csv'");
        out.println("                 curl -s " + base + "/kabar/sparql --data-urlencode "
                + "'query=SELECT ?title WHERE { ?article <https://schema.org/headline> ?title }'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Thread stopper = new Thread(() -> {
            server.close();
            store.close();
            err.println("kabar: server stopped");
            err.flush();
        }, "kabar-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.join();
        return ExitCode.OK;
    }

    private static void report(PrintWriter out, String what, LoadReport report) {
        out.println("kabar: " + report.summary() + " from " + what);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
