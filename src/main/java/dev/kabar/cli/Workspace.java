package dev.kabar.cli;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.store.KabarStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens the store a command works on and loads its inputs, reporting each skipped input on stderr. */
final class Workspace {
    private Workspace() {
    }

    static KnowledgeBase knowledgeBase(StoreOptions options) {
        return knowledgeBase(options.kbFiles());
    }

    static KnowledgeBase knowledgeBase(List<Path> kbFiles) {
        try {
            return KnowledgeBase.load(kbFiles);
        } catch (IllegalArgumentException e) {
            throw KabarException.usage(e.getMessage());
        }
    }

    /** Opens the store: TDB2 in the folder given, else in memory. */
    static KabarStore open(StoreOptions options) {
        Path dir = options.store();
        if (dir == null) {
            return KabarStore.inMemory();
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw KabarException.usage(dir + ": --store must be a folder");
        }
        try {
            return KabarStore.tdb2(dir);
        } catch (RuntimeException e) {
            throw KabarException.failure(dir + ": cannot open the TDB2 store (" + e.getMessage() + ")");
        }
    }

    /** Opens a store that must already hold data (query, export, validate without inputs). */
    static void requireExistingStore(StoreOptions options, List<Path> inputs) {
        if (inputs.isEmpty() && options.store() == null) {
            throw KabarException.usage("give INPUT files or folders, or --store DIR");
        }
        if (inputs.isEmpty() && !Files.isDirectory(options.store())) {
            throw KabarException.usage(options.store() + ": no such store folder");
        }
    }

    /** Loads the inputs; fails when inputs were given and none of them gave an article. */
    static LoadReport load(Pipeline pipeline, List<Path> inputs, KabarStore store, PrintWriter err) {
        return load(pipeline, inputs, store, LoadOptions.DEFAULTS, false, err);
    }

    /**
     * Loads the inputs, naming each problem on stderr as it happens and ending with a summary line when there
     * were any. Fails when inputs were given and none gave an article, and, when strict, when any was lost.
     */
    static LoadReport load(Pipeline pipeline, List<Path> inputs, KabarStore store, LoadOptions options,
            boolean strict, PrintWriter err) {
        LoadProgress progress = LoadProgress.onStderr(err, inputs);
        LoadReport report = pipeline.load(inputs, store, options, progress);
        progress.clearLine();
        if (!report.problems().isEmpty()) {
            err.println("kabar: " + report.summary());
            err.flush();
        }
        if (!inputs.isEmpty() && report.loaded() == 0) {
            throw KabarException.failure("no article could be loaded from the inputs given");
        }
        if (strict && report.lostAnything()) {
            throw KabarException.failure("--strict: " + (report.skipped().size() + report.truncated().size())
                    + " inputs were skipped or truncated (the " + report.loaded() + " good articles were loaded)");
        }
        return report;
    }

    /** The exit code of a command that loaded inputs and did its work. */
    static int exitCode(LoadReport report) {
        return report.lostAnything() ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
