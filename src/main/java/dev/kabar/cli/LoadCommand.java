package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.KabarStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar load}: adds articles to a persistent store; an article loaded again replaces its graph. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load articles into a persistent TDB2 store (incremental: reloading an article replaces it).")
final class LoadCommand implements Callable<Integer> {
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
    @Option(names = "--prune", description = "Afterwards, remove articles that came from files under the INPUTs "
            + "which are gone or no longer hold them.")
    boolean prune;
    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LoadOptions.DEFAULT_BATCH,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); a crash loses at most "
                    + "the batch in flight, and reloading recovers it.")
    int batch;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (storeOptions.store() == null) {
            throw KabarException.usage("load needs --store DIR (a persistent store); "
                    + "'kabar serve INPUT...' and 'kabar query NAME INPUT...' work in memory");
        }
        if (input.inputs().isEmpty()) {
            throw KabarException.usage("load needs at least one INPUT file or folder");
        }
        if (batch < 1) {
            throw KabarException.usage("--batch must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(Workspace.knowledgeBase(storeOptions));
        try (KabarStore store = Workspace.open(storeOptions)) {
            LoadReport report = Workspace.load(pipeline, input.inputs(), store,
                    new LoadOptions(prune, batch, threads.threads()), strict.strict(), err);
            out.println(report.summary() + " into " + storeOptions.store() + " (" + store.quadCount() + " quads in store)");
            return Workspace.exitCode(report);
        }
    }
}
