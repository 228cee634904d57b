package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of the text with its offsets: letters and digits, with inner apostrophes, hyphens and dots; {@code lower}
 * is it in lower case, made once (the lexicons look every word up in lower case, many times over).
 */
public record Token(int begin, int end, String text, String lower) {
    /**
     * The words of {@code [from, to)} as the regex {@code [\p{L}\d]+(?:['’.-][\p{L}\d]+)*} finds them, scanned by
     * hand: every sentence is tokenised several times, and the regex was a tenth of extraction.
     */
    public static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(text, i, to)) {
                i++;
                continue;
            }
            int begin = i;
            i = wordCharsEnd(text, i, to);
            // a joiner counts only with a word character after it
            while (i < to && isJoiner(text.charAt(i)) && i + 1 < to && isWordChar(text, i + 1, to)) {
                i = wordCharsEnd(text, i + 1, to);
            }
            String word = text.substring(begin, i);
            out.add(new Token(begin, i, word, word.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static int wordCharsEnd(String text, int i, int to) {
        while (i < to && isWordChar(text, i, to)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** [\p{L}\d] at {@code i}: a letter (its whole code point inside the region) or an ASCII digit. */
    private static boolean isWordChar(String text, int i, int to) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.isLetter(Character.toCodePoint(c, text.charAt(i + 1)));
        }
        return Character.isLetter(c);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-';
    }

    public boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** All letters upper case, at least two of them: "PLO", "KPK", "DPR". */
    public boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
