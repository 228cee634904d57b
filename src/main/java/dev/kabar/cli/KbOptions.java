package dev.kabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Extra knowledge-base files, for commands that extract but keep no store (--store makes no sense there). */
public final class KbOptions {
    @Option(names = "--kb", paramLabel = "FILE",
            description = "Extra knowledge-base file (Turtle) with your own entities; repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    public List<Path> kbFiles() {
        return kbFiles;
    }
}
