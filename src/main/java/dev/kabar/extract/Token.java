package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of the text with its offsets: letters and digits, with inner apostrophes, hyphens and dots. */
public record Token(int begin, int end, String text) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’.-][\\p{L}\\d]+)*");

    public static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group()));
        }
        return out;
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
