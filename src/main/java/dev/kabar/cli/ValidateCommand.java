package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.KabarStore;
import dev.kabar.validate.ShapeValidator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar validate}: checks every graph against the SHACL shapes; exit 1 if any does not conform. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check every graph (each article's, the knowledge base) against the SHACL shapes.")
final class ValidateCommand implements Callable<Integer> {
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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace.requireExistingStore(storeOptions, input.inputs());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShapeValidator validator = new ShapeValidator();
        int graphs = 0;
        int failing = 0;
        LoadReport loadReport = null;
        try (KabarStore store = Workspace.open(storeOptions)) {
            if (!input.inputs().isEmpty()) {
                loadReport = Workspace.load(new Pipeline(Workspace.knowledgeBase(storeOptions)), input.inputs(), store,
                        threads.loadOptions(), strict.strict(), err);
            }
            for (Node name : store.graphNames()) {
                graphs++;
                ValidationReport report = validator.validate(store.copyOf(name));
                if (!report.conforms()) {
                    failing++;
                    for (ReportEntry e : report.getEntries()) {
                        out.println(name.getURI() + ": " + e.focusNode() + " " + e.resultPath() + ": " + e.message());
                    }
                }
            }
        }
        if (failing > 0) {
            out.println(failing + " of " + graphs + " graphs do not conform");
            return ExitCode.FAILURE;
        }
        out.println("all " + graphs + " graphs conform to the shapes");
        return loadReport == null ? ExitCode.OK : Workspace.exitCode(loadReport);
    }
}
