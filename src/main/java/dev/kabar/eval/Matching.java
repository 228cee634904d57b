package dev.kabar.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs reported items with gold items, each gold item at most once, as many pairs as possible.
 * A maximum matching rather than first-come: when one reported name fits two gold entries, the result must
 * not depend on the order extraction happened to list things in. Ties go to the earlier reported item.
 */
final class Matching {
    private Matching() {
    }

    /**
     * @return for each reported index, the gold index it is paired with, or -1
     */
    static <R, G> int[] match(List<R> reported, List<G> gold, BiPredicate<R, G> fits) {
        boolean[][] edge = new boolean[reported.size()][gold.size()];
        for (int r = 0; r < reported.size(); r++) {
            for (int g = 0; g < gold.size(); g++) {
                edge[r][g] = fits.test(reported.get(r), gold.get(g));
            }
        }
        int[] reportedOf = new int[gold.size()];
        Arrays.fill(reportedOf, -1);
        for (int r = 0; r < reported.size(); r++) {
            augment(r, edge, reportedOf, new boolean[gold.size()]);
        }
        int[] goldOf = new int[reported.size()];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            if (reportedOf[g] >= 0) {
                goldOf[reportedOf[g]] = g;
            }
        }
        return goldOf;
    }

    /** Kuhn's augmenting path: gives r a gold item, moving earlier pairs along if that frees one. */
    private static boolean augment(int r, boolean[][] edge, int[] reportedOf, boolean[] seen) {
        for (int g = 0; g < reportedOf.length; g++) {
            if (edge[r][g] && !seen[g]) {
                seen[g] = true;
                if (reportedOf[g] < 0 || augment(reportedOf[g], edge, reportedOf, seen)) {
                    reportedOf[g] = r;
                    return true;
                }
            }
        }
        return false;
    }
}
