package dev.kabar.cli;

/** A failure to report as one line on stderr, with the exit code the process ends with. */
public final class KabarException extends RuntimeException {
    private final int exitCode;

    public KabarException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public KabarException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static KabarException usage(String message) {
        return new KabarException(ExitCode.USAGE, message);
    }

    public static KabarException failure(String message) {
        return new KabarException(ExitCode.FAILURE, message);
    }
}
