package dev.kabar.eval;

import dev.kabar.extract.EntityType;

/** The entity types the gold set annotates, in report order. Places are not scored (only checked for leaks). */
public enum ScoredType {
    PEOPLE("people", EntityType.PERSON),
    ORGANIZATIONS("organizations", EntityType.ORGANIZATION),
    COUNTRIES("countries", EntityType.COUNTRY);

    private final String label;
    private final EntityType entityType;

    ScoredType(String label, EntityType entityType) {
        this.label = label;
        this.entityType = entityType;
    }

    public String label() {
        return label;
    }

    public EntityType entityType() {
        return entityType;
    }

    /** The scored type of an extracted entity type, or null for places. */
    public static ScoredType of(EntityType type) {
        for (ScoredType t : values()) {
            if (t.entityType == type) {
                return t;
            }
        }
        return null;
    }
}
