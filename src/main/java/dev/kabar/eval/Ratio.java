package dev.kabar.eval;

/** Correct out of total (kind accuracy, date accuracy, metadata); the value is null when total is 0. */
public record Ratio(int correct, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio o) {
        return new Ratio(correct + o.correct, total + o.total);
    }

    public Double value() {
        return Counts.ratio(correct, total);
    }
}
