package dev.kabar.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe keys from names: "Mikhail Bogdanov" → "mikhail-bogdanov". */
public final class Slugs {

    // called for every entity of every article: compiled once (String.replaceAll compiles on each call)
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private Slugs() {
    }

    public static String of(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
