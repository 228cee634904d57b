package dev.kabar.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names one thing goes by: a gold entity's acceptable names, or a reported entity's canonical name and
 * surface forms. Two name sets match when any normalised name is in both.
 *
 * @param shown      the names as written, first the canonical one (for messages)
 * @param normalised the comparison keys
 */
public record NameSet(List<String> shown, Set<String> normalised) {
    public NameSet {
        shown = List.copyOf(shown);
        normalised = Set.copyOf(normalised);
    }

    /** Distinct names in the order given; blank names are dropped (they would match every other blank). */
    public static NameSet of(Collection<String> names) {
        Set<String> shown = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = Names.normalise(name);
            if (key != null && !key.isEmpty()) {
                shown.add(name.strip());
                keys.add(key);
            }
        }
        return new NameSet(new ArrayList<>(shown), keys);
    }

    public static NameSet of(String... names) {
        return of(List.of(names));
    }

    public boolean matches(NameSet other) {
        for (String key : normalised) {
            if (other.normalised.contains(key)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(String name) {
        return normalised.contains(Names.normalise(name));
    }

    /** The canonical name (the first one). */
    public String first() {
        return shown.isEmpty() ? "" : shown.get(0);
    }

    /** "Canonical (other, names)", for error listings. */
    public String label() {
        if (shown.size() <= 1) {
            return first();
        }
        return first() + " (" + String.join(", ", shown.subList(1, shown.size())) + ")";
    }
}
