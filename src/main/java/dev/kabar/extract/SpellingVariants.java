package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within one article, two spellings of one person: "Elza Syarif" beside "Elza Syarief", "Wesbrook" beside
 * "Russell Westbrook", "Hardi" after "Hardisiswan", and a surname alone that the knowledge base gives to someone the article never writes in
 * full ("Abbas" beside "Farhat Abbas" is Farhat, not Mahmoud Abbas). Reporters misspell names often; one letter
 * apart in a long enough word, in the same article, is the same person far more often than two people.
 */
final class SpellingVariants {
    /** Shortest word that may differ by one letter: shorter words differ by one letter too easily. */
    private static final int MIN_LENGTH = 5;

    private final EntityIndex index;

    SpellingVariants(EntityIndex index) {
        this.index = index;
    }

    List<Mention> resolve(List<Mention> mentions) {
        Map<Entity, Entity> same = new HashMap<>();
        Map<String, Entity> fullWords = wordsWrittenInFull(mentions);
        Set<Entity> inFull = new HashSet<>(fullWords.values());
        List<Entity> people = new ArrayList<>(firstMentioned(mentions).keySet());
        for (int i = 0; i < people.size(); i++) {
            Entity later = people.get(i);
            for (int j = 0; j < i && !same.containsKey(later); j++) {
                Entity earlier = people.get(j);
                if (!same.containsKey(earlier) && (variantNames(earlier.name(), later.name()) || clipped(earlier.name(), later.name()))
                        && index.lookup(later.name()) == null) {
                    same.put(later, earlier);
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Entity e = same.getOrDefault(m.entity(), m.entity());
            // a one-word canonical name ("Suharto") is written in full already
            boolean oneWord = e.type() == EntityType.PERSON && m.surface().indexOf(' ') < 0 && e.name().indexOf(' ') > 0;
            if (oneWord && !inFull.contains(e)) {
                Entity written = fullWords.get(m.surface());
                if (written == null && index.lookup(e.name()) == null) {
                    written = oneLetterFrom(m.surface(), fullWords);
                }
                e = written != null ? written : e;
            }
            out.add(e == m.entity() ? m : new Mention(m.begin(), m.end(), m.surface(), e));
        }
        return out;
    }

    /** People in order of first mention. */
    private static Map<Entity, Integer> firstMentioned(List<Mention> mentions) {
        Map<Entity, Integer> first = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON) {
                first.putIfAbsent(m.entity(), m.begin());
            }
        }
        return first;
    }

    /** Each word of a person name written in full in the article, when it belongs to one person only. */
    private static Map<String, Entity> wordsWrittenInFull(List<Mention> mentions) {
        Map<String, Entity> byWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.PERSON || m.surface().indexOf(' ') < 0) {
                continue;
            }
            for (String word : m.surface().split("\\s+")) {
                if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))) {
                    Entity previous = byWord.putIfAbsent(word, m.entity());
                    if (previous != null && !previous.equals(m.entity())) {
                        ambiguous.add(word);
                    }
                }
            }
        }
        ambiguous.forEach(byWord::remove);
        return byWord;
    }

    private static Entity oneLetterFrom(String word, Map<String, Entity> fullWords) {
        Entity found = null;
        for (Map.Entry<String, Entity> w : fullWords.entrySet()) {
            if (word.length() >= MIN_LENGTH && oneEditApart(word, w.getKey())) {
                if (found != null && !found.equals(w.getValue())) {
                    return null; // close to two people's names: say nothing
                }
                found = w.getValue();
            }
        }
        return found;
    }

    /** "Hardi" after "Hardisiswan": a one-word name cut short, long enough not to be a name of its own by chance. */
    static boolean clipped(String earlier, String later) {
        return earlier.indexOf(' ') < 0 && later.indexOf(' ') < 0 && later.length() >= MIN_LENGTH
                && earlier.length() - later.length() >= 3 && earlier.startsWith(later);
    }

    /** Same number of words, all equal but one, and that one a long word one letter away ("Syarif", "Syarief"). */
    static boolean variantNames(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || x.length < 2) {
            return false;
        }
        int differing = 0;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k])) {
                if (++differing > 1 || Math.min(x[k].length(), y[k].length()) < MIN_LENGTH || !oneEditApart(x[k], y[k])) {
                    return false;
                }
            }
        }
        return differing == 1;
    }

    /** One insertion, deletion or substitution apart (case-sensitive, as names are written). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            i++;
            if (longer.length() == shorter.length()) {
                j++;
            }
        }
        return true;
    }
}
