package dev.kabar.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name found by its capitals that the same article also writes in lower case is an ordinary phrase: "Palai Bada
 * merupakan makanan …" and later "menjual palai bada" name a dish, not a person. Knowledge-base entities are left
 * alone, and so are one-word names, which lower case repeats by chance ("Bunga" beside "bunga").
 */
final class LowerCasePhrases {
    private LowerCasePhrases() {
    }

    /** Removes the discovered people whose whole name of two words or more also stands in lower case in {@code text}. */
    static void remove(String text, MentionSet set, Set<Entity> known) {
        Set<Entity> ordinary = new HashSet<>();
        for (Mention m : set.sorted()) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || known.contains(e) || ordinary.contains(e) || !m.surface().equals(e.name())
                    || e.name().indexOf(' ') < 0) {
                continue;
            }
            if (writtenInLowerCase(text, e.name().toLowerCase(Locale.ROOT))) {
                ordinary.add(e);
            }
        }
        if (!ordinary.isEmpty()) {
            List<Mention> all = set.sorted();
            all.stream().filter(m -> ordinary.contains(m.entity())).forEach(set::remove);
        }
    }

    /** Whether the lower-case phrase stands as written, as whole words, somewhere in the text. */
    private static boolean writtenInLowerCase(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
