package dev.kabar.extract;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe keys from names: "Mikhail Bogdanov" → "mikhail-bogdanov". */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
