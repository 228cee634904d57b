package dev.kabar.cli;

import dev.kabar.article.InputCensus;
import dev.kabar.article.ReadProblem;
import dev.kabar.pipeline.LoadListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a load on stderr: each problem as one line, and progress after batches: articles, rate and, once the
 * inputs have been counted, how far along and how long is left. On a terminal a progress bar is redrawn in
 * place; otherwise (logs, CI) a line is written at most every interval.
 */
final class LoadProgress implements LoadListener {
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 500_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean lineOpen;
    /** The inputs' article count, set by the census thread when it has one; -1 until then. */
    private volatile long expected = -1;

    LoadProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /** Progress on stderr for a load of these inputs, counted beside the load so that it starts at once. */
    static LoadProgress onStderr(PrintWriter err, List<Path> inputs) {
        LoadProgress progress = new LoadProgress(err, System.console() != null, System::nanoTime);
        if (!inputs.isEmpty()) {
            Thread census = new Thread(() -> progress.expect(new InputCensus().count(inputs)), "kabar-input-census");
            census.setDaemon(true);
            census.setPriority(Thread.MIN_PRIORITY);
            census.start();
        }
        return progress;
    }

    /** The number of articles the load will likely see. */
    void expect(long articles) {
        expected = articles;
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
        double rate = loaded / Math.max(seconds, 1e-9);
        long total = expected;
        // a census that fell short (lines that were no articles, files added meanwhile) gives no estimate
        boolean known = total > 0 && loaded <= total;
        if (terminal) {
            err.print("\r" + (known ? bar(loaded, total, rate) : plain(loaded, seconds, rate)) + "\u001b[K");
            lineOpen = true;
        } else {
            err.println(known ? logLine(loaded, total, seconds, rate) : plain(loaded, seconds, rate));
        }
        err.flush();
    }

    static String bar(long loaded, long total, double rate) {
        int filled = (int) (BAR * loaded / total);
        return String.format(Locale.ROOT, "kabar: [%s%s] %3d%% %,d/%,d articles, %.0f/s, %s left",
                "#".repeat(filled), "-".repeat(BAR - filled), 100 * loaded / total, loaded, total, rate,
                clock(left(loaded, total, rate)));
    }

    static String logLine(long loaded, long total, double seconds, double rate) {
        return String.format(Locale.ROOT, "kabar: loading: %,d of about %,d articles (%d%%) in %.0f s, "
                + "%.0f articles/s, about %s left", loaded, total, 100 * loaded / total, seconds, rate,
                clock(left(loaded, total, rate)));
    }

    private static String plain(long loaded, double seconds, double rate) {
        return String.format(Locale.ROOT, "kabar: loading: %,d articles in %.0f s (%.0f articles/s)", loaded, seconds, rate);
    }

    private static long left(long loaded, long total, double rate) {
        return rate <= 0 ? 0 : Math.round((total - loaded) / rate);
    }

    /** Seconds as m:ss, or h:mm:ss past an hour. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
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
