package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import picocli.CommandLine.Option;

/** {@code --threads N}: how many articles are extracted at once; the result is the same for any N. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per processor); the graph is the same for any N.")
    Integer threads;

    public int threads() {
        if (threads != null && threads < 1) {
            throw KabarException.usage("--threads must be at least 1");
        }
        return threads == null ? LoadOptions.defaultThreads() : threads;
    }

    /** Options for commands that load without pruning. */
    public LoadOptions loadOptions() {
        return new LoadOptions(false, LoadOptions.DEFAULT_BATCH, threads());
    }
}
