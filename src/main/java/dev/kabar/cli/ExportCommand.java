package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.ExportFormat;
import dev.kabar.store.Exporter;
import dev.kabar.store.KabarStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar export}: the graph as Turtle (union), TriG or N-Quads (named graphs kept), or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the graph as RDF: turtle (union of all graphs), trig or nquads (named graphs kept), jsonld.")
final class ExportCommand implements Callable<Integer> {
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
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;
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
        Workspace.requireExistingStore(storeOptions, input.inputs());
        PrintWriter err = spec.commandLine().getErr();
        LoadReport loadReport = null;
        try (KabarStore store = Workspace.open(storeOptions)) {
            if (!input.inputs().isEmpty()) {
                loadReport = Workspace.load(new Pipeline(Workspace.knowledgeBase(storeOptions)), input.inputs(), store,
                        threads.loadOptions(), strict.strict(), err);
            }
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                try (OutputStream stream = new WriterOutputStream(out)) {
                    new Exporter().export(store, exportFormat, stream);
                }
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    new Exporter().export(store, exportFormat, stream);
                }
                // a reader never sees a half-written export
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                err.println("kabar: wrote " + output);
            }
        } catch (IOException e) {
            throw KabarException.failure((output == null ? "stdout" : output) + ": cannot write (" + e.getMessage() + ")");
        }
        return loadReport == null ? ExitCode.OK : Workspace.exitCode(loadReport);
    }
}
