package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

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

    private final PayloadTrie<Label> acronyms;
    private final PayloadTrie<Label> names;

    private Gazetteer(PayloadTrie<Label> acronyms, PayloadTrie<Label> names) {
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
            if (isAcronym(label)) {
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
        PayloadTrie.PayloadTrieBuilder<Label> ab = PayloadTrie.builder();
        acronymMap.forEach(ab::addKeyword);
        PayloadTrie.PayloadTrieBuilder<Label> nb = PayloadTrie.<Label>builder().ignoreCase();
        nameMap.forEach(nb::addKeyword);
        return new Gazetteer(ab.build(), nb.build());
    }

    /** Non-overlapping matches in text order. */
    public List<Mention> find(String text) {
        List<Mention> candidates = new ArrayList<>();
        collect(text, acronyms.parseText(text), candidates, true);
        collect(text, names.parseText(text), candidates, false);
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

    private static void collect(String text, Iterable<PayloadEmit<Label>> emits, List<Mention> out, boolean acronym) {
        for (PayloadEmit<Label> emit : emits) {
            int begin = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!wholeWord(text, begin, end)) {
                continue;
            }
            if (!acronym && emit.getPayload().capitalised() && Character.isLowerCase(text.charAt(begin))) {
                continue;
            }
            out.add(new Mention(begin, end, text.substring(begin, end), emit.getPayload().entity()));
        }
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

    private static boolean wholeWord(String text, int begin, int end) {
        return (begin == 0 || !isWordChar(text.charAt(begin - 1)))
                && (end >= text.length() || !isWordChar(text.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
