package dev.kabar.cli;

import picocli.CommandLine.Option;

/** --verbose: stack traces with errors. */
public final class VerboseOption {
    @Option(names = "--verbose", description = "Show stack traces with errors.")
    boolean verbose;
}
