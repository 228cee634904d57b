package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.server.Credentials;
import dev.kabar.server.KabarServer;
import dev.kabar.server.ServerOptions;
import dev.kabar.server.Uploads;
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
    @Mixin
    ThreadsOption threads;
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
    @Option(names = "--allow-upload", description = "Accept new articles at POST /kabar/upload (text/plain, "
            + "text/html or application/x-ndjson) from the user in --password-file, over HTTP Basic. Off by default.")
    boolean allowUpload;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is user:password (or a password for the user 'kabar'); "
                    + "needed by --allow-upload.")
    Path passwordFile;
    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "64",
            description = "Largest upload accepted (default: ${DEFAULT-VALUE} MB).")
    int maxUploadMb;
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
        Credentials credentials = credentials();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(Workspace.knowledgeBase(storeOptions));
        // the plain in-memory store with its union indexed answers union queries faster than the transactional one,
        // loads faster in less than half the heap (kabar bench, 3,463 articles); an upload's write lock holds
        // queries back only while its batch is written
        KabarStore store = Workspace.open(storeOptions);
        Uploads uploads = allowUpload ? new Uploads(pipeline, credentials, maxUploadMb * 1024L * 1024L) : null;
        KabarServer server;
        try {
            if (input.inputs().isEmpty() && storeOptions.store() == null) {
                try (BundledSamples samples = new BundledSamples()) {
                    report(out, "bundled samples", Workspace.load(pipeline, List.of(samples.folder()), store, err));
                }
            } else if (!input.inputs().isEmpty()) {
                report(out, String.join(" ", input.inputs().stream().map(Path::toString).toList()),
                        Workspace.load(pipeline, input.inputs(), store, threads.loadOptions(), strict.strict(), err));
            } else {
                pipeline.loadReferenceGraphs(store);
            }
            server = KabarServer.start(store, CannedQueryCatalog.bundled(), options, uploads);
        } catch (RuntimeException e) {
            store.close();
            if (e instanceof KabarException) {
                throw e;
            }
            throw KabarException.failure("cannot start the server: " + rootMessage(e));
        }
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        out.println("SPARQL endpoint: " + base + "/kabar/sparql");
        out.println("Explorer page:   " + base + "/   (who talked to whom, in a browser)");
        out.println("Canned queries:  " + base + "/kabar/queries/{name}   (list: kabar queries)");
        out.println("Example:         curl -s '" + base + "/kabar/queries/who-talked-to-whom?format=csv'");
        out.println("                 curl -s " + base + "/kabar/sparql --data-urlencode "
                + "'query=SELECT ?title WHERE { ?article <https://schema.org/headline> ?title }'");
        if (uploads != null) {
            out.println("Uploads:         curl -s -u " + credentials.user() + " " + base + KabarServer.UPLOAD_PATH
                    + "?name=my-article -H 'Content-Type: text/plain' --data-binary @article.txt");
            if (!isLoopback(host)) {
                err.println("kabar: warning: uploads over plain HTTP on " + host + " send the password readably; "
                        + "put a TLS proxy in front");
            }
        }
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

    private Credentials credentials() {
        if (allowUpload && passwordFile == null) {
            throw KabarException.usage("--allow-upload needs --password-file FILE (a line user:password)");
        }
        if (!allowUpload && passwordFile != null) {
            throw KabarException.usage("--password-file is only used with --allow-upload");
        }
        if (maxUploadMb < 1) {
            throw KabarException.usage("--max-upload-mb must be at least 1");
        }
        if (!allowUpload) {
            return null;
        }
        try {
            return Credentials.fromFile(passwordFile);
        } catch (IllegalArgumentException e) {
            throw KabarException.usage(e.getMessage());
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
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
