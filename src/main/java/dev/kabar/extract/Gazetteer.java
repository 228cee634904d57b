package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dictionary matching of entity names: whole words, longest match first. Acronyms (labels written all in
 * capitals, such as "AS" or "PLO") match only in capitals; other labels match in any case, except that a
 * capitalised label never matches a lower-case word ("Chili" the country is not "chili" the pepper).
 */
public final class Gazetteer {
    /** What a matched label stands for, and whether the label as written starts with a capital. */
    private record Label(Entity entity, boolean capitalised) {
    }

    private static final Pattern SPELLED_HYPHEN = Pattern.compile("(\\p{L})-(\\p{L})");

    private final WordTrie<Label> acronyms;
    private final WordTrie<Label> names;

    private Gazetteer(WordTrie<Label> acronyms, WordTrie<Label> names) {
        this.acronyms = acronyms;
        this.names = names;
    }

    /** Builds from label → entity pairs; the first entity given for a label wins. */
    public static Gazetteer of(List<Map.Entry<String, Entity>> labels) {
        Map<String, Label> acronymMap = new HashMap<>();
        Map<String, Label> nameMap = new HashMap<>();
        List<Map.Entry<String, Entity>> all = new ArrayList<>(labels);
        for (Map.Entry<String, Entity> e : labels) {
            // "Al-Qaeda" is also written "Al - Qaeda" (tokenised text, and some sites)
            if (SPELLED_HYPHEN.matcher(e.getKey()).find()) {
                all.add(Map.entry(SPELLED_HYPHEN.matcher(e.getKey()).replaceAll("$1 - $2"), e.getValue()));
            }
        }
        for (Map.Entry<String, Entity> e : all) {
            String label = WhiteSpace.fold(e.getKey());
            if (label.length() < 2) {
                continue;
            }
            if (isAcronym(label) || isMixedCaseShort(label)) {
                acronymMap.putIfAbsent(label, new Label(e.getValue(), true));
            } else {
                // when one spelling of a label starts in lower case ("tempo.co" beside "Tempo.co"), lower-case
                // text matches too: the first entity still wins, but the capital rule relaxes
                Label label0 = new Label(e.getValue(), Character.isUpperCase(label.charAt(0)));
                nameMap.merge(label.toLowerCase(Locale.ROOT), label0,
                        (old, added) -> old.entity().equals(added.entity()) && !added.capitalised()
                                ? new Label(old.entity(), false) : old);
            }
        }
        // keys of nameMap are lower case already: a label compares with the text lower-cased one character at a time
        return new Gazetteer(new WordTrie<>(acronymMap, false), new WordTrie<>(nameMap, true));
    }

    /** Non-overlapping matches in text order. */
    public List<Mention> find(String text) {
        List<Mention> candidates = new ArrayList<>();
        collect(text, acronyms.find(text), candidates, true);
        collect(text, names.find(text), candidates, false);
        // a stable sort, and no two candidates of one trie share begin and length: acronyms win ties, as before
        candidates.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).reversed()
                .thenComparingInt(Mention::begin));
        List<Mention> chosen = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Mention m : candidates) {
            boolean free = true;
            for (int i = m.begin(); i < m.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = m.begin(); i < m.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin));
        return chosen;
    }

    /** Matches start and end at word bounds (the trie sees to that); a capitalised label needs a capital. */
    private static void collect(String text, List<WordTrie.Hit<Label>> hits, List<Mention> out, boolean acronym) {
        for (WordTrie.Hit<Label> hit : hits) {
            // a body's name of three words or more names it in any case ("kantor staf presiden"): such a phrase is
            // no ordinary wording
            if (!acronym && hit.value().capitalised() && Character.isLowerCase(text.charAt(hit.begin()))
                    && !(hit.value().entity().type() == EntityType.ORGANIZATION && words(text, hit.begin(), hit.end()) >= 3)) {
                continue;
            }
            out.add(new Mention(hit.begin(), hit.end(), text.substring(hit.begin(), hit.end()), hit.value().entity()));
        }
    }

    private static int words(String text, int begin, int end) {
        int n = 1;
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** "BoE", "PwC": a short label with a capital after a small letter matches in its own case only ("Boe" is a name). */
    static boolean isMixedCaseShort(String label) {
        if (label.length() > 4) {
            return false;
        }
        for (int i = 1; i < label.length(); i++) {
            if (Character.isUpperCase(label.charAt(i)) && Character.isLowerCase(label.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronym(String label) {
        boolean hasLetter = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            } else if (c == ' ') {
                return false;
            }
        }
        return hasLetter && label.length() <= 8;
    }

}
