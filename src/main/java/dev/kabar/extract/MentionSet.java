package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions of one article while discovery runs: never overlapping, looked up by offset. A new
 * organisation name may swallow the known names inside it ("Kementerian Luar Negeri" + "Rusia"); nothing
 * else replaces an existing mention.
 */
final class MentionSet {
    private final TreeMap<Integer, Mention> byBegin = new TreeMap<>();
    private final Map<String, Entity> acronyms = new LinkedHashMap<>();

    MentionSet(List<Mention> known) {
        for (Mention m : known) {
            byBegin.put(m.begin(), m);
        }
    }

    Mention startingAt(int offset) {
        return byBegin.get(offset);
    }

    /** The mentions that begin in [begin, end), in order: a copy, so the caller may add to the set meanwhile. */
    List<Mention> beginningIn(int begin, int end) {
        return new ArrayList<>(byBegin.subMap(begin, end).values());
    }

    /** The mentions that begin before {@code offset}, nearest first. */
    Iterable<Mention> before(int offset) {
        return byBegin.headMap(offset, false).descendingMap().values();
    }

    Mention covering(int offset) {
        Map.Entry<Integer, Mention> e = byBegin.floorEntry(offset);
        return e != null && e.getValue().end() > offset ? e.getValue() : null;
    }

    Mention add(String text, int begin, int end, EntityType type, EntityIndex index) {
        return add(text, begin, end, type, index, text.substring(begin, end));
    }

    /**
     * Adds a discovered name, resolved to a known entity when the knowledge base has that exact name.
     * Returns the mention, or null when the name is known as something of another type or would cut
     * through an existing mention.
     */
    Mention add(String text, int begin, int end, EntityType type, EntityIndex index, String name) {
        String clean = WhiteSpace.fold(name);
        Entity entity = index.lookup(clean);
        if (entity != null && entity.type() != type) {
            return null;
        }
        if (entity == null && type == EntityType.PERSON) {
            entity = knownFullNameInside(clean, index);
            Mention body = entity == null ? organisationOpening(clean, index) : null;
            if (body != null) {
                // "Swingvy, startup asal Malaysia … Swingvy berharap": the body speaks, no person; "Mad Gaze Vader":
                // one word after the body's name names its product; "CEO Kioson Jasin Halim": two or more, its officer
                int rest = begin + body.surface().length();
                if (rest >= end || !text.startsWith(body.surface(), begin) || !Character.isWhitespace(text.charAt(rest))
                        || clean.indexOf(' ', body.surface().length() + 1) < 0) {
                    return null;
                }
                while (rest < end && Character.isWhitespace(text.charAt(rest))) {
                    rest++;
                }
                place(text, begin, begin + body.surface().length(), EntityType.ORGANIZATION, body.entity());
                return add(text, rest, end, type, index);
            }
        }
        if (entity == null) {
            entity = new Entity(type.keyPrefix() + "/" + Slugs.of(clean), type, clean);
        }
        return place(text, begin, end, type, entity);
    }

    /** The organisation of this article already written as the name, or as its opening words; null if none. */
    private Mention organisationOpening(String name, EntityIndex index) {
        for (Mention m : byBegin.values()) {
            if (m.surface().length() < name.length() && index.lookup(m.entity().name()) != null) {
                continue; // "Sony Dwi Kuncoro": a known brand that is also a given name opens a person's name
            }
            // "Mad Gaze Vader" after "startup bernama Mad Gaze": the body's name opening it makes it its product
            if (m.entity().type() == EntityType.ORGANIZATION && m.surface().length() <= name.length()
                    && (name.length() == m.surface().length() || name.charAt(m.surface().length()) == ' ')
                    && name.startsWith(WhiteSpace.fold(m.surface()))) {
                return m;
            }
        }
        return null;
    }

    /** "Mohammad Ashraf Ghani": a known person's full name (two words or more) after a further given name. */
    private static Entity knownFullNameInside(String name, EntityIndex index) {
        String[] words = name.split(" ");
        for (int k = 1; k + 2 <= words.length; k++) {
            Entity known = index.lookup(String.join(" ", Arrays.copyOfRange(words, k, words.length)));
            if (known != null && known.type() == EntityType.PERSON) {
                return known;
            }
        }
        return null;
    }

    /** Adds a mention of an entity already known (coreference): same overlap rules as a new name. */
    Mention addKnown(String text, int begin, int end, Entity entity) {
        return place(text, begin, end, entity.type(), entity);
    }

    /** As {@link #addKnown}, only where no mention covers either end of [begin, end). */
    void addKnownIfFree(String text, int begin, int end, Entity entity) {
        if (covering(begin) == null && covering(end - 1) == null) {
            addKnown(text, begin, end, entity);
        }
    }

    /** Every use of {@code surface} as a whole word where no mention is yet, as a mention of {@code entity}. */
    void addEveryFreeUse(String text, String surface, Entity entity) {
        Matcher use = wholeWord(surface).matcher(text);
        while (use.find()) {
            addKnownIfFree(text, use.start(), use.end(), entity);
        }
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])");
    }

    private Mention place(String text, int begin, int end, EntityType type, Entity entity) {
        if (acrossBlank(text, begin, end)) {
            return null; // a name never runs across a line break or page furniture blanked out of the text
        }
        List<Mention> inside = new ArrayList<>();
        for (Mention m : byBegin.subMap(Math.max(0, begin - 200), end).values()) {
            if (m.end() <= begin) {
                continue;
            }
            boolean contained = m.begin() >= begin && m.end() <= end;
            if (!contained || type != EntityType.ORGANIZATION) {
                return contained && m.begin() == begin && m.end() == end ? m : null;
            }
            inside.add(m);
        }
        inside.forEach(m -> byBegin.remove(m.begin()));
        Mention added = new Mention(begin, end, text.substring(begin, end), entity);
        byBegin.put(begin, added);
        return added;
    }

    /**
     * Widens a known single-name person mention to the full name written before it ("Cyrus" + "Vance"),
     * as a person of its own unless the knowledge base knows the full name. Null when that cannot be done.
     */
    Mention replacePerson(String text, int begin, Mention surname, EntityIndex index) {
        return replacePerson(text, begin, surname.end(), surname, index);
    }

    /** As above, with the full name also running past the known one ("Raden Prabowo Argo Yuwono" over "Prabowo"). */
    Mention replacePerson(String text, int begin, int end, Mention surname, EntityIndex index) {
        if (covering(begin) != null || (end > surname.end() && covering(end - 1) != null)) {
            return null;
        }
        byBegin.remove(surname.begin());
        Mention full = add(text, begin, end, EntityType.PERSON, index);
        if (full == null) {
            byBegin.put(surname.begin(), surname);
        }
        return full;
    }

    void remove(Mention m) {
        byBegin.remove(m.begin(), m);
    }

    /** "Badan Pusat Statistik (BPS)": BPS names the same entity in the rest of the article. */
    void defineAcronym(String acronym, int begin, Entity entity) {
        acronyms.putIfAbsent(acronym, entity);
        Mention existing = covering(begin);
        if (existing == null) {
            byBegin.put(begin, new Mention(begin, begin + acronym.length(), acronym, entity));
        }
    }

    /** Every other use of a defined acronym, as a whole word in the same letter case. */
    void addAcronymMentions(String text) {
        for (Map.Entry<String, Entity> a : acronyms.entrySet()) {
            Matcher m = wholeWord(a.getKey()).matcher(text);
            while (m.find()) {
                Mention there = covering(m.start());
                // "Menurut Lepsida, …": a speaker rule took the short form for a person; the article defined it
                boolean takenForPerson = there != null && there.begin() == m.start() && there.end() == m.end()
                        && there.entity().type() == EntityType.PERSON;
                if ((there == null && covering(m.end() - 1) == null) || takenForPerson) {
                    byBegin.put(m.start(), new Mention(m.start(), m.end(), a.getKey(), a.getValue()));
                }
            }
        }
    }

    List<Mention> sorted() {
        List<Mention> out = new ArrayList<>(byBegin.values());
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** Whether [begin, end) holds a line break or three spaces in a row, as blanked furniture leaves behind. */
    private static boolean acrossBlank(String text, int begin, int end) {
        int spaces = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            spaces = c == ' ' ? spaces + 1 : 0;
            if (spaces >= 3) {
                return true;
            }
        }
        return false;
    }
}
