package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive regex of many phrases ({@code prefix(alt1|alt2|…)suffix}, flags {@code (?iu)}) that finds
 * exactly what that one regex finds, only faster. Java tries every alternative at every position, which for
 * two hundred contact cues was the costliest step of extraction. Each alternative starts with its phrase's
 * first word as a literal, and {@code (?iu)} compares a character {@code c} with a literal character {@code p}
 * as {@code fold(c) == fold(p)} (see {@code Pattern.SliceU}), so at a position only the alternatives whose
 * first word the text starts with can match: a trie of the folded first words finds the longest one there, and
 * a regex of just the alternatives whose first words are prefixes of it (in their order) is tried. When some
 * phrase does not allow this, one regex of all is used.
 */
final class PhraseAlternation {
    /** A match: its offsets in the text and group 1 (the phrase as written). */
    record Found(int begin, int end, String phrase) {
    }

    /** A trie node of folded first words; {@code candidates} where a first word ends. */
    private static final class Node {
        // an array for ASCII, which nearly every step of the walk meets, and a map for the rest
        private final Node[] ascii = new Node[128];
        private final Map<Character, Node> other = new HashMap<>();
        private Pattern candidates;

        Node next(int folded) {
            if (folded < 128) {
                return ascii[folded];
            }
            return folded > Character.MAX_VALUE ? null : other.get((char) folded);
        }

        Node nextOrNew(char folded) {
            if (folded < 128) {
                if (ascii[folded] == null) {
                    ascii[folded] = new Node();
                }
                return ascii[folded];
            }
            return other.computeIfAbsent(folded, c -> new Node());
        }
    }

    /** The look-behind that makes every phrase start a word: then positions inside a word need no trie walk. */
    static final String WORD_START = "(?<![\\p{L}\\d])";

    private final Node root = new Node();
    private final boolean keyed;
    private final boolean wordStartsOnly;
    private final Pattern all;

    /**
     * @param phrases in the order the alternatives are tried
     * @param alternative the regex of one phrase, starting with the literal first word of the phrase
     */
    PhraseAlternation(List<String> phrases, Function<String, String> alternative, String prefix, String suffix) {
        this.all = compile(phrases, alternative, prefix, suffix);
        this.wordStartsOnly = prefix.equals(WORD_START);
        List<String> firstWords = new ArrayList<>();
        for (String p : phrases) {
            String w = foldedFirstWord(p);
            if (w == null) {
                this.keyed = false;
                return;
            }
            firstWords.add(w);
        }
        this.keyed = true;
        for (String w : new LinkedHashSet<>(firstWords)) {
            Node node = root;
            for (int i = 0; i < w.length(); i++) {
                node = node.nextOrNew(w.charAt(i));
            }
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < phrases.size(); i++) {
                if (w.startsWith(firstWords.get(i))) {
                    candidates.add(phrases.get(i));
                }
            }
            node.candidates = compile(candidates, alternative, prefix, suffix);
        }
    }

    /** Every match in {@code [from, to)}, left to right, without overlaps, as {@code Matcher.find} in that region. */
    List<Found> find(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        if (!keyed) {
            Matcher m = all.matcher(text).region(from, to);
            while (m.find()) {
                out.add(new Found(m.start(), m.end(), m.group(1)));
            }
            return out;
        }
        // the region as a string of its own, so that look-behind and look-ahead stop at its ends as before
        String region = text.substring(from, to);
        int p = 0;
        while (p < region.length()) {
            if (wordStartsOnly && p > 0 && insideWord(region.charAt(p - 1))) {
                p++;
                continue;
            }
            Pattern candidates = candidatesAt(region, p);
            if (candidates != null) {
                Matcher m = candidates.matcher(region).useTransparentBounds(true).region(p, region.length());
                if (m.lookingAt()) {
                    out.add(new Found(from + m.start(), from + m.end(), m.group(1)));
                    p = m.end();
                    continue;
                }
            }
            p++;
        }
        return out;
    }

    /**
     * Whether a character before a position keeps {@link #WORD_START} from matching there: a letter as {@code \p{L}}
     * reads it or an ASCII digit (without the U flag {@code \d} is ASCII). A surrogate is left to the regex, which
     * reads the whole code point.
     */
    private static boolean insideWord(char c) {
        return !Character.isSurrogate(c) && (Character.isLetter(c) || c >= '0' && c <= '9');
    }

    /** The alternatives of the longest first word the text starts with at {@code p}, or null. */
    private Pattern candidatesAt(String region, int p) {
        Pattern found = null;
        Node node = root;
        for (int q = p; q < region.length(); q++) {
            node = node.next(fold(region.charAt(q)));
            if (node == null) {
                break;
            }
            if (node.candidates != null) {
                found = node.candidates;
            }
        }
        return found;
    }

    private static Pattern compile(List<String> phrases, Function<String, String> alternative, String prefix,
                                   String suffix) {
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(alternative.apply(p));
        }
        return Pattern.compile("(?iu)" + prefix + "(" + alt + ")" + suffix);
    }

    /**
     * The phrase's first word, folded, or null if a character of it would not compare by its folded form alone
     * (text equal to the literal as written must fold to it too), as for a surrogate.
     */
    private static String foldedFirstWord(String phrase) {
        int space = phrase.indexOf(' ');
        String word = space < 0 ? phrase : phrase.substring(0, space);
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int f = fold(c);
            if (Character.isSurrogate(c) || f > Character.MAX_VALUE || fold(f) != f) {
                return null;
            }
            folded.append((char) f);
        }
        return word.isEmpty() ? null : folded.toString();
    }

    /** How {@code (?iu)} compares characters. */
    private static int fold(int c) {
        if (c < 128) {
            // ASCII folds within ASCII: to upper then lower case is just lower case
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
