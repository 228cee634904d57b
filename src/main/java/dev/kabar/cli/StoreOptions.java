package dev.kabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the graph lives and which extra knowledge-base files to use. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Persistent TDB2 store folder (created if missing). Without it, an in-memory store.")
    Path store;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "Extra knowledge-base file (Turtle) with your own entities; repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    public Path store() {
        return store;
    }

    public List<Path> kbFiles() {
        return kbFiles;
    }
}
