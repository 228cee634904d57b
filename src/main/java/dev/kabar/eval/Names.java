package dev.kabar.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one comparison key for names and text fragments, as the gold README defines it: lower case, no
 * diacritics, dashes as spaces, white space collapsed. Gold files and extraction write the same name in
 * different ways ("Partai Keadilan Sejahtera", "Lula-Ruto", "Anadolu Ajansı"), so nothing is compared raw.
 */
public final class Names {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015]");
    // \p{Z} as well, so a no-break space copied from a web page counts as white space
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Names() {
    }

    /** The normalised form of a name or fragment; null stays null. */
    public static String normalise(String s) {
        if (s == null) {
            return null;
        }
        // lower-case first: some capitals (İ) only decompose into a letter and a mark once lower-cased
        String lower = s.toLowerCase(Locale.ROOT);
        String noMarks = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = DASHES.matcher(noMarks).replaceAll(" ");
        return WHITE_SPACE.matcher(spaced).replaceAll(" ").strip();
    }
}
