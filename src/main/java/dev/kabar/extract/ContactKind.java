package dev.kabar.extract;

import java.util.Locale;

/** Kinds of communication event; mapped to CAMEO and PLOVER in the ontology. */
public enum ContactKind {
    CALL, MEETING, VISIT, INVITATION, TALKS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContactKind fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
