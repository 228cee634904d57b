package dev.kabar.cli;

import dev.kabar.article.ReadProblem;
import dev.kabar.pipeline.LoadListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a load on stderr: each problem as one line, and progress (articles, rate) after batches. On a terminal
 * the progress line is rewritten in place; otherwise (logs, CI) a line is written at most every interval.
 */
final class LoadProgress implements LoadListener {
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean lineOpen;

    LoadProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    static LoadProgress onStderr(PrintWriter err) {
        return new LoadProgress(err, System.console() != null, System::nanoTime);
    }

    @Override
    public void problem(ReadProblem p) {
        clearLine();
        err.println("kabar: " + verb(p) + " " + p);
        err.flush();
    }

    @Override
    public void committed(int loaded) {
        long now = clock.getAsLong();
        if (now - lastShown < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = (now - start) / 1e9;
        String line = String.format(Locale.ROOT, "kabar: loading: %,d articles in %.0f s (%.0f articles/s)",
                loaded, seconds, loaded / Math.max(seconds, 1e-9));
        if (terminal) {
            err.print("\r" + line);
            lineOpen = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends an in-place progress line so the next message starts on its own line. */
    void clearLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    private static String verb(ReadProblem p) {
        return switch (p.outcome()) {
            case SKIPPED -> "skipped";
            case TRUNCATED -> "truncated";
            case NOTED -> "note:";
        };
    }
}
