package dev.kabar.eval;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The evaluation as plain text: with --verbose first every finding per article (what to fix), then the
 * summary table, so the numbers stay on screen at the end of a long listing.
 */
public final class TableReport {
    private static final String ROW = "%-15s %5s %5s %5s %10s %7s %6s %6s %6s%n";

    public void write(Evaluation evaluation, boolean verbose, PrintWriter out) {
        if (verbose) {
            for (ArticleScore a : evaluation.articles()) {
                details(a, out);
            }
        }
        out.printf(Locale.ROOT, ROW, "", "TP", "FP", "FN", "precision", "recall", "F1", "kind", "date");
        for (ScoredType type : ScoredType.values()) {
            row(out, type.label(), evaluation.entities(type), "", "");
        }
        row(out, "contacts", evaluation.contacts(), Counts.format(evaluation.kindAccuracy().value()),
                Counts.format(evaluation.dateAccuracy().value()));
        row(out, "statements", evaluation.statements(), "", "");
        out.println("boilerplate leaks: " + evaluation.leaks());
        out.println("metadata: " + evaluation.metadata().correct() + "/" + evaluation.metadata().total());
        out.println("articles: " + evaluation.articles().size());
        if (!evaluation.skipped().isEmpty()) {
            out.println("skipped: " + evaluation.skipped().size());
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, Counts c, String kind, String date) {
        String line = String.format(Locale.ROOT, ROW, label, c.tp(), c.fp(), c.fn(), Counts.format(c.precision()),
                Counts.format(c.recall()), Counts.format(c.f1()), kind, date);
        // entity rows have no kind or date column: no trailing blanks
        out.print(line.stripTrailing() + System.lineSeparator());
    }

    /** One block per article: a heading, then one line per finding, aligned on the section name. */
    private static void details(ArticleScore a, PrintWriter out) {
        out.println("== " + a.goldFile() + " (" + a.articleFile() + ")");
        if (a.findings().isEmpty()) {
            out.println("   all correct");
        }
        for (Finding f : a.findings()) {
            out.printf(Locale.ROOT, "   %-27s %s%n", f.section() + " " + f.issue() + ":", f.detail());
        }
        out.println();
    }
}
