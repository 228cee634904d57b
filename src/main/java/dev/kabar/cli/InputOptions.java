package dev.kabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** Article inputs: files (.txt, .html, .jsonl) and folders, read recursively. */
public final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt, .html, .jsonl) or folders (read recursively).")
    List<Path> inputs = new ArrayList<>();

    public List<Path> inputs() {
        return inputs;
    }
}
