package dev.kabar.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives of one kind of thing. Precision, recall and F1 are
 * null when their denominator is 0: "nothing to measure" must not read as a perfect or a zero score.
 */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Double precision() {
        return ratio(tp, tp + fp);
    }

    public Double recall() {
        return ratio(tp, tp + fn);
    }

    /** 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, and 0 (not undefined) when TP is 0. */
    public Double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** A score with 3 decimals, or "-" when it is undefined. */
    public static String format(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
