package dev.kabar.cli;

import dev.kabar.network.GexfWriter;
import dev.kabar.network.GraphMlWriter;
import dev.kabar.network.Network;
import dev.kabar.network.NetworkCsvWriter;
import dev.kabar.network.NetworkReader;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.store.ExportFormat;
import dev.kabar.store.Exporter;
import dev.kabar.store.KabarStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar export}: the graph as RDF (Turtle, TriG, N-Quads, JSON-LD), or the contact network for graph tools
 * (GraphML, GEXF, or CSV files for Neo4j and pandas).
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the graph as RDF: turtle (union of all graphs), trig or nquads (named graphs kept), jsonld.",
            "Or write the contact network (actors, and who talked to whom weighted by reporting articles) for graph "
                + "tools: graphml (yEd, Gephi, Cytoscape), gexf (Gephi), csv (nodes.csv and edges.csv in the --output "
                + "folder, for Neo4j import or pandas)."})
final class ExportCommand implements Callable<Integer> {
    private static final List<String> KINDS = List.of("call", "meeting", "visit", "invitation", "talks");

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
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads, jsonld (RDF); graphml, gexf, csv (the contact network) "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout; for csv, the folder (created if missing) that gets "
                    + "nodes.csv and edges.csv.")
    Path output;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Network formats: contacts on or after this day.")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Network formats: contacts on or before this day.")
    String to;
    @Option(names = "--kind", paramLabel = "KIND", description = "Network formats: only call, meeting, visit, invitation or talks.")
    String kind;
    @Option(names = "--min-sources", paramLabel = "N", description = "Network formats: contacts reported by at least N articles.")
    Integer minSources;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw KabarException.usage(e.getMessage());
        }
        checkOutput(exportFormat);
        Map<String, String> filters = networkFilters(exportFormat);
        Workspace.requireExistingStore(storeOptions, input.inputs());
        PrintWriter err = spec.commandLine().getErr();
        LoadReport loadReport = null;
        try (KabarStore store = Workspace.open(storeOptions)) {
            if (!input.inputs().isEmpty()) {
                loadReport = Workspace.load(new Pipeline(Workspace.knowledgeBase(storeOptions)), input.inputs(), store,
                        threads.loadOptions(), strict.strict(), err);
            }
            if (exportFormat == ExportFormat.CSV) {
                writeCsv(network(store, filters), err);
            } else if (output == null) {
                try (OutputStream stream = new WriterOutputStream(spec.commandLine().getOut())) {
                    writeDocument(store, exportFormat, filters, stream);
                }
            } else {
                AtomicFile.write(output, stream -> writeDocument(store, exportFormat, filters, stream));
                err.println("kabar: wrote " + output);
            }
        } catch (IOException e) {
            throw KabarException.failure((output == null ? "stdout" : output) + ": cannot write (" + e.getMessage() + ")");
        }
        return loadReport == null ? ExitCode.OK : Workspace.exitCode(loadReport);
    }

    /** Usage errors about --output come before any article is read. */
    private void checkOutput(ExportFormat exportFormat) {
        if (exportFormat == ExportFormat.CSV) {
            if (output == null) {
                throw KabarException.usage(
                        "--format csv writes two files (nodes.csv, edges.csv): give their folder with --output DIR");
            }
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw KabarException.usage(output + ": --format csv needs a folder for --output, and this is a file");
            }
        } else if (output != null && Files.isDirectory(output)) {
            throw KabarException.usage(output + ": is a folder; --output names the file to write");
        }
    }

    /** The network query's parameters from the filter options; usage errors for RDF formats and bad values. */
    private Map<String, String> networkFilters(ExportFormat exportFormat) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (from != null) {
            filters.put("from", day("--from", from));
        }
        if (to != null) {
            filters.put("to", day("--to", to));
        }
        if (kind != null) {
            String k = kind.strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(k)) {
                throw KabarException.usage("--kind " + kind + ": use one of " + String.join(", ", KINDS));
            }
            filters.put("kind", k);
        }
        if (minSources != null) {
            if (minSources < 1) {
                throw KabarException.usage("--min-sources must be 1 or more");
            }
            filters.put("minSources", minSources.toString());
        }
        if (!filters.isEmpty() && !exportFormat.isNetwork()) {
            throw KabarException.usage("--from, --to, --kind and --min-sources filter the contact network: "
                    + "use them with --format graphml, gexf or csv");
        }
        if (filters.containsKey("from") != filters.containsKey("to")) {
            // the query takes both bounds; an open end is the earliest or latest day there is
            filters.putIfAbsent("from", "0001-01-01");
            filters.putIfAbsent("to", "9999-12-31");
        }
        return filters;
    }

    private static String day(String option, String value) {
        try {
            return java.time.LocalDate.parse(value.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw KabarException.usage(option + " " + value + ": not a day as YYYY-MM-DD");
        }
    }

    private static void writeDocument(KabarStore store, ExportFormat exportFormat, Map<String, String> filters,
            OutputStream out) throws IOException {
        switch (exportFormat) {
            case GRAPHML -> new GraphMlWriter().write(network(store, filters), out);
            case GEXF -> new GexfWriter().write(network(store, filters), out);
            default -> new Exporter().export(store, exportFormat, out);
        }
    }

    private static Network network(KabarStore store, Map<String, String> filters) {
        // an export is batch work the user asked for: it runs to the end rather than stop at the query timeout
        return new NetworkReader(CannedQueryCatalog.bundled(), new QueryRunner(QueryRunner.NO_TIMEOUT))
                .read(store, filters);
    }

    private void writeCsv(Network network, PrintWriter err) throws IOException {
        Files.createDirectories(output);
        NetworkCsvWriter csv = new NetworkCsvWriter();
        Path nodes = output.resolve(NetworkCsvWriter.NODES_FILE);
        Path edges = output.resolve(NetworkCsvWriter.EDGES_FILE);
        AtomicFile.write(nodes, stream -> csv.writeNodes(network, utf8(stream)));
        AtomicFile.write(edges, stream -> csv.writeEdges(network, utf8(stream)));
        err.println("kabar: wrote " + nodes + " (" + network.nodes().size() + " nodes) and " + edges + " ("
                + network.edges().size() + " edges)");
    }

    /** The CSV writer flushes what it is given, and AtomicFile closes the stream underneath. */
    private static Writer utf8(OutputStream stream) {
        return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }
}
