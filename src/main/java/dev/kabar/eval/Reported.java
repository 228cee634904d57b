package dev.kabar.eval;

import dev.kabar.extract.EntityType;
import java.util.List;
import java.util.Set;

/**
 * What one article's extraction reports, reduced to what scoring compares: names, kinds, dates, texts.
 * Kept apart from the extraction records so the scoring rules can be tested on small hand-made data.
 */
public record Reported(List<Entity> entities, List<Pair> contacts, List<Said> statements, Meta metadata) {
    public Reported {
        entities = List.copyOf(entities);
        contacts = List.copyOf(contacts);
        statements = List.copyOf(statements);
    }

    /** One distinct entity: its key, type, and canonical name followed by its surface forms in the article. */
    public record Entity(String key, EntityType type, NameSet names) {
    }

    /** An unordered pair of participants with every kind and date the article reports for it. */
    public record Pair(Entity a, Entity b, Set<String> kinds, Set<String> dates) {
        public Pair {
            kinds = Set.copyOf(kinds);
            dates = Set.copyOf(dates);
        }

        public String label() {
            return a.names().first() + " — " + b.names().first();
        }
    }

    /** A statement: its speaker and its text. */
    public record Said(Entity speaker, String text) {
    }

    /**
     * @param publisher the publisher's names, or null when none was found
     * @param published the local date as {@code YYYY-MM-DD}, or null
     */
    public record Meta(String title, NameSet publisher, String published) {
    }
}
