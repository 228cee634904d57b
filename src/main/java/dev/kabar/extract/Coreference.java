package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Within one article, short forms refer to the full names introduced elsewhere in it: a person's single
 * name ("Bogdanov", "Zulkifli") and an organisation name that is the start of a longer one in the same
 * article ("Kementerian Kesehatan" after "Kementerian Kesehatan Sudan"). A single name that stays unresolved
 * and is not in the knowledge base keeps an identity scoped to its article: "Agus" in one article is not
 * "Agus" in the next, and one IRI for both would merge strangers.
 */
public final class Coreference {
    private static final Pattern ONE_OF = Pattern.compile("\\s+(?:satu|seorang|satunya)\\b");
    private final NameLexicon names;
    private final EntityIndex index;
    private final SpellingVariants variants;

    public Coreference(NameLexicon names, EntityIndex index) {
        this.names = names;
        this.index = index;
        this.variants = new SpellingVariants(index);
    }

    /** @param articleId scopes the identity of single names that no full name resolves */
    List<Mention> resolve(String text, List<Mention> mentions, String articleId, TextTokens words) {
        List<Mention> relinked = variants.resolve(relinkShortPeople(relinkShortOrganisations(relatives(text, mentions))));
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
        List<Token> tokens = words.all();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Entity e = byWord.get(t.text());
            if (e == null || set.covering(t.begin()) != null || (NameShapes.sentenceInitial(text, t.begin()) && ONE_OF.matcher(text).region(t.end(), text.length()).lookingAt())) {
                continue; // "Salah satu …" opening a sentence is "one of", not Mohamed Salah
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            if (before != null && otherGivenName(text, before, t, e, set)) {
                // "Boy Sadikin" where the article also names "Ali Sadikin": a relative, not the same person
                set.add(text, before.begin(), t.end(), EntityType.PERSON, index);
                continue;
            }
            set.addKnown(text, t.begin(), t.end(), e);
        }
        return set.sorted();
    }

    /** "Boy Sadikin" matched as the known "Sadikin": a relative with a name of his own. */
    private List<Mention> relatives(String text, List<Mention> mentions) {
        MentionSet set = new MentionSet(mentions);
        boolean changed = false;
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.PERSON || m.surface().contains(" ") || m.begin() < 2) {
                continue;
            }
            List<Token> before = Token.of(text, Math.max(0, m.begin() - 30), m.begin());
            List<Token> surname = Token.of(text, m.begin(), m.end());
            if (!before.isEmpty() && surname.size() == 1 && otherGivenName(text, before.get(before.size() - 1), surname.get(0), m.entity(), set)) {
                changed |= set.replacePerson(text, before.get(before.size() - 1).begin(), m, index) != null;
            }
        }
        return changed ? set.sorted() : mentions;
    }

    /** A capitalised name word right before a known person's surname that is not in that person's name. */
    private boolean otherGivenName(String text, Token before, Token surname, Entity person, MentionSet set) {
        String word = before.text();
        return before.capitalised() && !before.acronym() && text.substring(before.end(), surname.begin()).equals(" ")
                && set.covering(before.begin()) == null && !person.name().contains(word) && word.length() > 1
                && index.lookup(person.name()) != null // known people only: discovered names have their own rule
                && names.isGivenName(word) && !names.isTitleWord(word) && !names.isCommonWord(word);
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
                    // a month in a known person's name is the name ("May" for Theresa May), in a found one maybe a date
                    boolean calendar = names.isCalendarWord(w.text()) && index.lookup(e.name()) == null;
                    if (w.text().length() < 3 || !w.capitalised() || names.isParticle(w.text()) || w.acronym()
                            || names.isTitleWord(w.text()) || calendar) {
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
     * "Daud Rasyid" after "Daud Rasyid Harun", "Syafruddin Temenggung" after "Syafruddin Arsyad Temenggung": a
     * discovered multi-word name that is part of exactly one longer person name in the article is that person.
     */
    private List<Mention> relinkShortPeople(List<Mention> mentions) {
        Map<Entity, Entity> longer = new HashMap<>();
        Set<Entity> people = new HashSet<>();
        mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON).forEach(m -> people.add(m.entity()));
        for (Entity shortName : people) {
            if (!shortName.name().contains(" ") || index.lookup(shortName.name()) != null) {
                continue;
            }
            String padded = comparable(shortName.name());
            List<Entity> containing = people.stream()
                    .filter(full -> !full.equals(shortName) && (comparable(full.name()).contains(padded)
                            || withoutMiddleNames(shortName.name(), full.name()))).toList();
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

    /**
     * A name padded with spaces, in lower case, hyphens as spaces: "Del Potro" is inside "Juan Martin del Potro"
     * (a particle is capitalised where it opens the short form), "Min Ho" inside "Lee Min-ho".
     */
    private static String comparable(String name) {
        return " " + name.toLowerCase(java.util.Locale.ROOT).replace('-', ' ') + " ";
    }

    /** "Syafruddin Temenggung" for "Syafruddin Arsyad Temenggung": same first and last name, middle names left out. */
    private static boolean withoutMiddleNames(String shortName, String fullName) {
        List<String> a = List.of(shortName.split(" "));
        List<String> b = List.of(fullName.split(" "));
        if (a.size() < 2 || b.size() <= a.size() || !a.get(0).equals(b.get(0)) || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String word : b) {
            if (j < a.size() && word.equals(a.get(j))) {
                j++;
            }
        }
        return j == a.size();
    }

    private static List<Mention> relinkShortOrganisations(List<Mention> mentions) {
        // organisation surfaces in sorted order, each with its mentions' positions, so that the longer names
        // starting with a given one are a range lookup rather than a scan of every mention (long documents)
        java.util.TreeMap<String, List<Integer>> orgSurfaces = new java.util.TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entity().type() == EntityType.ORGANIZATION) {
                orgSurfaces.computeIfAbsent(m.surface(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Entity longer = null;
            if (m.entity().type() == EntityType.ORGANIZATION) {
                String prefix = m.surface() + " ";
                int first = Integer.MAX_VALUE;
                for (List<Integer> positions : orgSurfaces.subMap(prefix, prefix + Character.MAX_VALUE).values()) {
                    for (int i : positions) {
                        if (i < first && !mentions.get(i).entity().equals(m.entity())) {
                            first = i;
                            break;
                        }
                    }
                }
                if (first != Integer.MAX_VALUE) {
                    longer = mentions.get(first).entity();
                }
            }
            out.add(longer == null ? m : new Mention(m.begin(), m.end(), m.surface(), longer));
        }
        return out;
    }
}
