package dev.kabar.extract;

import dev.kabar.kb.KbEntry;
import dev.kabar.kb.KnowledgeBase;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All known names: the knowledge base first, then the JDK's country names in the article language.
 * Finds them in text (through a {@link Gazetteer}) and resolves a single name to an entity.
 */
public final class EntityIndex {
    private final Gazetteer gazetteer;
    private final Map<String, Entity> exact = new HashMap<>();

    public EntityIndex(KnowledgeBase kb, String language) {
        List<Map.Entry<String, Entity>> labels = new ArrayList<>();
        Map<String, Entity> countryByKey = new HashMap<>();
        for (KbEntry entry : kb.entries()) {
            if (entry.entity().type() == EntityType.COUNTRY) {
                countryByKey.put(entry.entity().key(), entry.entity());
            }
            for (String label : entry.labels()) {
                labels.add(new AbstractMap.SimpleEntry<>(label, entry.entity()));
            }
        }
        for (CountryNames.CountryName c : CountryNames.all(language)) {
            Entity country = countryByKey.getOrDefault(c.country().key(), c.country());
            labels.add(new AbstractMap.SimpleEntry<>(c.localName(), country));
            labels.add(new AbstractMap.SimpleEntry<>(c.country().name(), country));
        }
        for (Map.Entry<String, Entity> e : labels) {
            exact.putIfAbsent(normalise(e.getKey()), e.getValue());
        }
        gazetteer = Gazetteer.of(labels);
    }

    public List<Mention> find(String text) {
        return gazetteer.find(text);
    }

    /** The entity with exactly this name (any case, spacing folded), or null. */
    public Entity lookup(String name) {
        return name == null ? null : exact.get(normalise(name));
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
