package dev.kabar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Contacts as unordered participant pairs. A pair paired with a gold contact is a true positive; a leftover
 * pair matching an optional contact is ignored; any other leftover (including a second pair for a gold
 * contact already taken) is a false positive. Kind and date accuracy are measured on the true positives only,
 * so they say how good the details are, separately from whether the contact was found.
 */
final class ContactScorer {
    /** Found or not, and how right the kind and date of the found ones are. */
    record Result(Counts counts, Ratio kind, Ratio date) {
    }

    Result score(List<Reported.Pair> reported, Gold gold, List<Finding> findings) {
        List<Sides> expected = sides(gold.contacts());
        List<Sides> optional = sides(gold.optionalContacts());
        int[] goldOf = Matching.match(reported, expected, ContactScorer::fits);
        boolean[] found = new boolean[expected.size()];
        Ratio kind = Ratio.ZERO;
        Ratio date = Ratio.ZERO;
        int tp = 0;
        int fp = 0;
        for (int r = 0; r < reported.size(); r++) {
            Reported.Pair pair = reported.get(r);
            if (goldOf[r] >= 0) {
                tp++;
                found[goldOf[r]] = true;
                Sides g = expected.get(goldOf[r]);
                kind = kind.plus(kindOf(pair, g, findings));
                date = date.plus(dateOf(pair, g, findings));
            } else if (optional.stream().noneMatch(o -> fits(pair, o))) {
                fp++;
                findings.add(new Finding("contacts", "FP", describe(pair)));
            }
        }
        int fn = 0;
        for (int g = 0; g < expected.size(); g++) {
            if (!found[g]) {
                fn++;
                findings.add(new Finding("contacts", "FN", expected.get(g).describe()));
            }
        }
        return new Result(new Counts(tp, fp, fn), kind, date);
    }

    /** Correct when any report of the pair has the gold kind (one sentence may say "call", another "talks"). */
    private static Ratio kindOf(Reported.Pair pair, Sides g, List<Finding> findings) {
        if (pair.kinds().contains(g.kind())) {
            return new Ratio(1, 1);
        }
        findings.add(new Finding("contacts", "kind", pair.label() + ": expected " + g.kind() + ", got "
                + String.join(", ", pair.kinds().stream().sorted().toList())));
        return new Ratio(0, 1);
    }

    /** Only gold contacts with a date count; correct when any report of the pair has that day. */
    private static Ratio dateOf(Reported.Pair pair, Sides g, List<Finding> findings) {
        if (g.contact().date() == null) {
            return Ratio.ZERO;
        }
        if (pair.dates().contains(g.contact().date())) {
            return new Ratio(1, 1);
        }
        findings.add(new Finding("contacts", "date", pair.label() + ": expected " + g.contact().date() + ", got "
                + (pair.dates().isEmpty() ? "no date" : String.join(", ", pair.dates().stream().sorted().toList()))));
        return new Ratio(0, 1);
    }

    private static boolean fits(Reported.Pair pair, Sides g) {
        return pair.a().names().matches(g.one()) && pair.b().names().matches(g.other())
                || pair.a().names().matches(g.other()) && pair.b().names().matches(g.one());
    }

    static String describe(Reported.Pair pair) {
        List<String> details = new ArrayList<>(pair.kinds().stream().sorted().toList());
        details.addAll(pair.dates().stream().sorted().toList());
        return EntityScorer.describe(pair.a()) + " — " + EntityScorer.describe(pair.b())
                + " (" + String.join(", ", details) + ")";
    }

    private static List<Sides> sides(List<Gold.GoldContact> contacts) {
        List<Sides> sides = new ArrayList<>();
        for (Gold.GoldContact c : contacts) {
            sides.add(new Sides(NameSet.of(c.between().get(0)), NameSet.of(c.between().get(1)), c));
        }
        return sides;
    }

    /** A gold contact with its two participants as name sets. */
    private record Sides(NameSet one, NameSet other, Gold.GoldContact contact) {
        String kind() {
            return contact.kind().strip().toLowerCase(Locale.ROOT);
        }

        String describe() {
            return one.first() + " — " + other.first() + " (" + kind()
                    + (contact.date() == null ? "" : ", " + contact.date()) + ")";
        }
    }
}
