package dev.kabar.extract;

/** The kinds of actor and place Kabar recognises. The key prefix is the first segment of an entity key. */
public enum EntityType {
    PERSON("person"), ORGANIZATION("org"), COUNTRY("country"), PLACE("place");

    private final String keyPrefix;

    EntityType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** People, organisations and countries can talk and be talked to; places cannot. */
    public boolean isActor() {
        return this != PLACE;
    }
}
