package dev.kabar.extract;

import java.util.Objects;

/**
 * A real-world thing an article mentions.
 *
 * @param key  stable key, the same in every article: {@code person/vladimir-putin}, {@code country/RU},
 *             or an absolute IRI for entities from a user's own knowledge base
 * @param type what it is
 * @param name canonical name
 */
public record Entity(String key, EntityType type, String name) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
