package dev.kabar.eval;

import java.util.List;

/**
 * Statements: the speaker must match and the text must contain the gold fragment (both normalised, so
 * typographic dashes and spacing do not decide). A leftover statement that fits a gold statement already
 * taken, or an optional one, is ignored: an article often repeats or paraphrases a quote, and the gold set
 * only asks that each annotated statement be attributed once.
 */
final class StatementScorer {
    Counts score(List<Reported.Said> reported, Gold gold, List<Finding> findings) {
        List<Gold.GoldStatement> expected = gold.statements();
        int[] goldOf = Matching.match(reported, expected, StatementScorer::fits);
        boolean[] found = new boolean[expected.size()];
        int tp = 0;
        int fp = 0;
        for (int r = 0; r < reported.size(); r++) {
            Reported.Said s = reported.get(r);
            if (goldOf[r] >= 0) {
                tp++;
                found[goldOf[r]] = true;
            } else if (expected.stream().noneMatch(g -> fits(s, g))
                    && gold.optionalStatements().stream().noneMatch(g -> fits(s, g))) {
                fp++;
                findings.add(new Finding("statements", "FP", EntityScorer.describe(s.speaker()) + ": \""
                        + shorten(s.text()) + "\""));
            }
        }
        int fn = 0;
        for (int g = 0; g < expected.size(); g++) {
            if (!found[g]) {
                fn++;
                Gold.GoldStatement e = expected.get(g);
                findings.add(new Finding("statements", "FN", NameSet.of(e.speaker()).first() + ": \"…"
                        + e.contains() + "…\"" + unattributed(reported, e)));
            }
        }
        return new Counts(tp, fp, fn);
    }

    static boolean fits(Reported.Said s, Gold.GoldStatement g) {
        String text = Names.normalise(s.text());
        return s.speaker().names().matches(NameSet.of(g.speaker())) && text != null
                && text.contains(Names.normalise(g.contains()));
    }

    /** When the text was found but given to someone else, say who: that is an attribution bug, not a miss. */
    private static String unattributed(List<Reported.Said> reported, Gold.GoldStatement g) {
        String fragment = Names.normalise(g.contains());
        for (Reported.Said s : reported) {
            String text = Names.normalise(s.text());
            if (text != null && text.contains(fragment)) {
                return " (found, but attributed to " + EntityScorer.describe(s.speaker()) + ")";
            }
        }
        return "";
    }

    private static String shorten(String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
