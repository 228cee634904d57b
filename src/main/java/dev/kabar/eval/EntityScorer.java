package dev.kabar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entities of one type against the gold list, and boilerplate leaks.
 * A reported entity paired with a gold entity is a true positive. One left over is ignored when it matches an
 * optional entity (optional means "no penalty", which wins over everything below), a duplicate when it
 * matches a gold entity already taken (coreference failed: two entities for one thing), otherwise a false
 * positive. Duplicates count as false positives.
 */
final class EntityScorer {
    Counts score(ScoredType type, List<Reported.Entity> all, Gold gold, List<Finding> findings) {
        List<Reported.Entity> reported = all.stream().filter(e -> e.type() == type.entityType()).toList();
        List<NameSet> expected = nameSets(gold.entities(type));
        List<NameSet> optional = nameSets(gold.optionalEntities(type));
        int[] goldOf = Matching.match(reported, expected, (r, g) -> r.names().matches(g));
        boolean[] found = new boolean[expected.size()];
        int tp = 0;
        int fp = 0;
        for (int r = 0; r < reported.size(); r++) {
            Reported.Entity e = reported.get(r);
            if (goldOf[r] >= 0) {
                tp++;
                found[goldOf[r]] = true;
            } else if (optional.stream().noneMatch(e.names()::matches)) {
                fp++;
                int g = firstMatch(e.names(), expected);
                if (g >= 0) {
                    findings.add(new Finding(type.label(), "duplicate", describe(e) + " is a second entity for "
                            + expected.get(g).first() + ", already found as " + describe(reported.get(indexOf(goldOf, g)))));
                } else {
                    findings.add(new Finding(type.label(), "FP", describe(e)));
                }
            }
        }
        int fn = 0;
        for (int g = 0; g < expected.size(); g++) {
            if (!found[g]) {
                fn++;
                findings.add(new Finding(type.label(), "FN", expected.get(g).label()));
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** Reported entities of any type, places included, that go by a forbidden (page furniture) name. */
    int leaks(List<Reported.Entity> reported, Gold gold, List<Finding> findings) {
        NameSet forbidden = NameSet.of(gold.forbidden());
        int leaks = 0;
        for (Reported.Entity e : reported) {
            if (e.names().matches(forbidden)) {
                leaks++;
                findings.add(new Finding("boilerplate", "leak", describe(e) + ", a "
                        + e.type().name().toLowerCase(Locale.ROOT) + " named only in page furniture"));
            }
        }
        return leaks;
    }

    /** "Canonical (surface forms) [key]": the key finds the knowledge-base entry to fix. */
    static String describe(Reported.Entity e) {
        return e.names().label() + " [" + e.key() + "]";
    }

    static List<NameSet> nameSets(List<List<String>> entities) {
        List<NameSet> sets = new ArrayList<>();
        for (List<String> names : entities) {
            sets.add(NameSet.of(names));
        }
        return sets;
    }

    private static int firstMatch(NameSet names, List<NameSet> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (names.matches(candidates.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
