package dev.kabar.cli;

/** Process exit codes: scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** The command did its work, but some inputs were skipped or cut (each named on stderr). */
    public static final int PARTIAL = 3;

    private ExitCode() {
    }
}
