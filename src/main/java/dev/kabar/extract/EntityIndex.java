package dev.kabar.extract;

import dev.kabar.kb.KbEntry;
import dev.kabar.kb.KnowledgeBase;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * All known names: the knowledge base first, then the JDK's country names in the article language.
 * Finds them in text (through a {@link Gazetteer}) and resolves a single name to an entity.
 */
public final class EntityIndex {
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{2,4}");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("[ \\t]+\\p{Lu}");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*|\\b(?:de|of|du|la|le))[ \\t]+$");
    private static final Pattern LANGUAGE_BEFORE = Pattern.compile("(?iu)\\bbahasa\\s+$");
    private final Gazetteer gazetteer;
    private final Map<String, Entity> exact = new HashMap<>();
    private final Map<String, Entity> squashedOrganisations = new HashMap<>();
    /** Country names as English writes them, which Indonesian text also quotes. */
    private final java.util.Set<String> englishCountryNames = new java.util.HashSet<>();

    public EntityIndex(KnowledgeBase kb, String language) {
        List<Map.Entry<String, Entity>> labels = new ArrayList<>();
        Map<String, Entity> countryByKey = new HashMap<>();
        for (KbEntry entry : kb.entries()) {
            Entity e = entry.entity();
            if (e.type() == EntityType.COUNTRY) {
                countryByKey.put(e.key(), e);
            }
            if (e.type() == EntityType.ORGANIZATION) {
                entry.labels().forEach(l -> squashedOrganisations.putIfAbsent(squash(l), e));
            }
            for (String label : entry.labels()) {
                labels.add(new AbstractMap.SimpleEntry<>(label, e));
            }
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        labels.forEach(l -> known.add(l.getKey()));
        List<CountryNames.CountryName> countryNames = CountryNames.all(language);
        countryNames.stream().filter(c -> !c.english()).forEach(c -> known.add(c.localName()));
        for (CountryNames.CountryName c : countryNames) {
            Entity country = countryByKey.getOrDefault(c.country().key(), c.country());
            labels.add(new AbstractMap.SimpleEntry<>(c.localName(), country));
            if (c.english() && !known.contains(c.localName())) { // "China": the knowledge base knows it as it is
                englishCountryNames.add(c.localName());
            }
        }
        for (Map.Entry<String, Entity> e : labels) {
            exact.putIfAbsent(normalise(e.getKey()), e.getValue());
        }
        gazetteer = Gazetteer.of(labels);
    }

    public List<Mention> find(String text) {
        List<Mention> found = new java.util.ArrayList<>(gazetteer.find(text));
        // "Soekarno-Hatta" names an airport: a person inside a hyphenated compound of names is not mentioned
        found.removeIf(m -> m.entity().type() == EntityType.PERSON && ((m.end() + 1 < text.length()
                && text.charAt(m.end()) == '-' && Character.isUpperCase(text.charAt(m.end() + 1)))
                || (m.begin() > 1 && text.charAt(m.begin() - 1) == '-' && Character.isUpperCase(text.charAt(m.begin() - 2)))));
        // "Japan Post", "Coupe de France": an English country name inside a name of capitalised words is part of it
        found.removeIf(m -> m.entity().type() == EntityType.COUNTRY && englishCountryNames.contains(m.surface())
                && (CAPITALISED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || NAME_BEFORE.matcher(text).region(Math.max(0, m.begin() - 20), m.begin()).find()));
        // "bahasa Inggris" is a language, not the country
        found.removeIf(m -> m.entity().type() == EntityType.COUNTRY && LANGUAGE_BEFORE.matcher(text)
                .region(Math.max(0, m.begin() - 8), m.begin()).find());
        return found;
    }

    /** An organisation whose name, letters and digits only, is this ("jawapos" for "Jawa Pos"), or null. */
    public Entity lookupOrganisationBySquashedName(String name) {
        String key = squash(name);
        return key.length() < 5 ? null : squashedOrganisations.get(key);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
    }

    /**
     * "aal", "rsa": a reporter's lower-case initials closing an article, never an outlet, even where they spell a known
     * acronym (acronyms match their capitals only).
     */
    static boolean isInitials(String name) {
        return INITIALS.matcher(name).matches();
    }

    /** The entity with exactly this name (any case, spacing folded), or null. */
    public Entity lookup(String name) {
        return name == null ? null : exact.get(normalise(name));
    }

    static String normalise(String name) {
        return WhiteSpace.fold(name).toLowerCase(Locale.ROOT);
    }
}
