package dev.kabar.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * as {@code fold(c) == fold(p)} (see {@code Pattern.SliceU}), so an alternative can match only where the
 * text's first two folded characters equal its phrase's: those are the only alternatives tried there, in their
 * order. When some phrase does not allow this (a first word of one character), one regex of all is used.
 */
final class PhraseAlternation {
    /** A match: its offsets in the text and group 1 (the phrase as written). */
    record Found(int begin, int end, String phrase) {
    }

    private final Map<Integer, Pattern> byStart;
    private final BitSet firstChars = new BitSet();
    private final Pattern all;

    /**
     * @param phrases in the order the alternatives are tried
     * @param alternative the regex of one phrase, starting with the literal first word of the phrase
     */
    PhraseAlternation(List<String> phrases, Function<String, String> alternative, String prefix, String suffix) {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        boolean keyed = true;
        for (String p : phrases) {
            int space = p.indexOf(' ');
            int firstWord = space < 0 ? p.length() : space;
            if (firstWord < 2 || !stable(p.charAt(0)) || !stable(p.charAt(1))) {
                keyed = false;
                break;
            }
            groups.computeIfAbsent(key(p.charAt(0), p.charAt(1)), k -> new ArrayList<>()).add(p);
        }
        this.all = compile(phrases, alternative, prefix, suffix);
        this.byStart = new HashMap<>();
        if (keyed) {
            groups.forEach((k, ps) -> {
                byStart.put(k, compile(ps, alternative, prefix, suffix));
                firstChars.set(k >>> 16);
            });
        }
    }

    /** Every match in {@code [from, to)}, left to right, without overlaps, as {@code Matcher.find} in that region. */
    List<Found> find(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        if (byStart.isEmpty()) {
            Matcher m = all.matcher(text).region(from, to);
            while (m.find()) {
                out.add(new Found(m.start(), m.end(), m.group(1)));
            }
            return out;
        }
        // the region as a string of its own, so that look-behind and look-ahead stop at its ends as before
        String region = text.substring(from, to);
        int p = 0;
        while (p + 1 < region.length()) {
            int f0 = fold(region.charAt(p));
            Pattern candidates = firstChars.get(f0) ? byStart.get((f0 << 16) | fold(region.charAt(p + 1))) : null;
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

    private static int key(char c0, char c1) {
        return (fold(c0) << 16) | fold(c1);
    }

    /** How {@code (?iu)} compares characters. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Text characters equal to a literal as written compare equal folded too (so one key finds them). */
    private static boolean stable(char c) {
        return !Character.isSurrogate(c) && fold(fold(c)) == fold(c) && fold(c) <= Character.MAX_VALUE;
    }
}
