package dev.kabar.cli;

import picocli.CommandLine.Option;

/** {@code --strict}: any skipped or truncated input fails the run instead of ending it with exit code 3. */
public final class StrictOption {
    @Option(names = "--strict",
            description = "Fail (exit 1) if any input is skipped or truncated; without it such a run exits 3.")
    boolean strict;

    public boolean strict() {
        return strict;
    }
}
