package dev.kabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's other name given with "alias" ("Julia Perez alias Jupe", "Andi Agustinus alias Andi Narogong", "Robson
 * David Ferrao alias Donald"): the name after "alias" and every later use of it are that person, not someone else.
 */
final class Aliases {
    private static final Pattern ALIAS = Pattern.compile("\\s*,?\\s+alias\\s+");

    private Aliases() {
    }

    /** The mentions with each alias linked to the person named before it, and its other uses added. */
    static List<Mention> link(String text, List<Mention> mentions) {
        if (!text.contains("alias")) {
            return mentions; // most articles give no alias: no pass over their mentions
        }
        // alias entity -> the person it names; a chain ("Saulihun alias Abu Nusaibah alias Abu Hilyah") ends at the first
        Map<Entity, Entity> named = new LinkedHashMap<>();
        Map<String, Entity> surfaces = new LinkedHashMap<>();
        MentionSet set = new MentionSet(mentions);
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            Matcher alias = ALIAS.matcher(text).region(m.end(), text.length());
            if (!alias.lookingAt()) {
                continue;
            }
            Entity person = named.getOrDefault(m.entity(), m.entity());
            Mention other = set.startingAt(alias.end());
            if (other != null && other.entity().type() == EntityType.PERSON && !other.entity().equals(person)
                    && !named.containsKey(other.entity())) {
                named.put(other.entity(), person);
                surfaces.putIfAbsent(other.surface(), person);
            }
        }
        if (named.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Entity person = named.get(m.entity());
            out.add(person != null ? new Mention(m.begin(), m.end(), m.surface(), person) : m);
        }
        MentionSet linked = new MentionSet(out);
        // the alias wherever else the article uses it
        surfaces.forEach((surface, person) -> linked.addEveryFreeUse(text, surface, person));
        return linked.sorted();
    }
}
