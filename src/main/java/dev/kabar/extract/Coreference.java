package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within one article, short forms refer to the full names introduced elsewhere in it: a person's single
 * name ("Bogdanov", "Zulkifli") and an organisation name that is the start of a longer one in the same
 * article ("Kementerian Kesehatan" after "Kementerian Kesehatan Sudan"). A single name that stays unresolved
 * and is not in the knowledge base keeps an identity scoped to its article: "Agus" in one article is not
 * "Agus" in the next, and one IRI for both would merge strangers.
 */
public final class Coreference {
    private final NameLexicon names;
    private final EntityIndex index;

    public Coreference(NameLexicon names, EntityIndex index) {
        this.names = names;
        this.index = index;
    }

    /** @param articleId scopes the identity of single names that no full name resolves */
    public List<Mention> resolve(String text, List<Mention> mentions, String articleId) {
        List<Mention> relinked = relinkShortPeople(relinkShortOrganisations(mentions));
        Map<String, Entity> fullNames = personWords(relinked, false);
        List<Mention> out = new ArrayList<>();
        for (Mention m : relinked) {
            Entity e = m.entity();
            boolean singleName = e.type() == EntityType.PERSON && !e.name().contains(" ");
            if (singleName && fullNames.containsKey(e.name())) {
                out.add(new Mention(m.begin(), m.end(), m.surface(), fullNames.get(e.name())));
            } else if (singleName && index.lookup(e.name()) == null) {
                Entity scoped = new Entity(e.key() + "-in-" + Slugs.of(articleId), e.type(), e.name());
                out.add(new Mention(m.begin(), m.end(), m.surface(), scoped));
            } else {
                out.add(m);
            }
        }
        Map<String, Entity> byWord = personWords(out, true);
        if (byWord.isEmpty()) {
            return out;
        }
        MentionSet set = new MentionSet(out);
        for (Token t : Token.of(text, 0, text.length())) {
            Entity e = byWord.get(t.text());
            if (e != null && set.covering(t.begin()) == null) {
                set.addKnown(text, t.begin(), t.end(), e);
            }
        }
        return set.sorted();
    }

    /**
     * Each word of a multi-word person name, when it belongs to one person only in this article; with
     * {@code singleNames}, also one-word names ("Rudiantara"), so that every use of the word is linked.
     */
    private Map<String, Entity> personWords(List<Mention> mentions, boolean singleNames) {
        Map<String, Entity> byWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String name : List.of(e.name(), m.surface())) {
                List<Token> words = Token.of(name, 0, name.length());
                if (words.size() < 2 && !(singleNames && words.size() == 1 && words.get(0).text().equals(e.name()))) {
                    continue;
                }
                for (Token w : words) {
                    if (w.text().length() < 3 || !w.capitalised() || names.isParticle(w.text()) || w.acronym()
                            || names.isTitleWord(w.text()) || names.isCalendarWord(w.text())) {
                        continue;
                    }
                    Entity previous = byWord.putIfAbsent(w.text(), e);
                    if (previous != null && !previous.equals(e)) {
                        ambiguous.add(w.text());
                    }
                }
            }
        }
        ambiguous.forEach(byWord::remove);
        return byWord;
    }

    /**
     * "Daud Rasyid" after "Daud Rasyid Harun": a discovered multi-word name that is part of exactly one longer
     * person name in the article is that person.
     */
    private List<Mention> relinkShortPeople(List<Mention> mentions) {
        Map<Entity, Entity> longer = new HashMap<>();
        Set<Entity> people = new HashSet<>();
        mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON).forEach(m -> people.add(m.entity()));
        for (Entity shortName : people) {
            String padded = " " + shortName.name() + " ";
            if (!shortName.name().contains(" ") || index.lookup(shortName.name()) != null) {
                continue;
            }
            List<Entity> containing = people.stream()
                    .filter(full -> !full.equals(shortName) && (" " + full.name() + " ").contains(padded)).toList();
            if (containing.size() == 1) {
                longer.put(shortName, containing.get(0));
            }
        }
        if (longer.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Entity full = longer.get(m.entity());
            out.add(full == null ? m : new Mention(m.begin(), m.end(), m.surface(), full));
        }
        return out;
    }

    private static List<Mention> relinkShortOrganisations(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Entity longer = null;
            if (m.entity().type() == EntityType.ORGANIZATION) {
                String prefix = m.surface() + " ";
                for (Mention other : mentions) {
                    if (other.entity().type() == EntityType.ORGANIZATION && !other.entity().equals(m.entity())
                            && other.surface().startsWith(prefix)) {
                        longer = other.entity();
                        break;
                    }
                }
            }
            out.add(longer == null ? m : new Mention(m.begin(), m.end(), m.surface(), longer));
        }
        return out;
    }
}
