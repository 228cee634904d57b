package dev.kabar.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nicknames Indonesian news blends from the start of a person's first and last names: "Jupe" for Julia Perez,
 * "Jokowi" for Joko Widodo. A capitalised word that is such a blend of exactly one person the article names in
 * full, and no common word, is that person.
 */
final class BlendedNicknames {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{Lu}\\p{Ll}{3,7}(?![\\p{L}\\d'’-])");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_PART = 2;
    private static final int MAX_PART = 4;
    private static final Entity AMBIGUOUS = new Entity("person/ambiguous", EntityType.PERSON, "");

    private final NameLexicon names;

    BlendedNicknames(NameLexicon names) {
        this.names = names;
    }

    /** The mentions with each blended nickname of a person named in full added as that person. */
    List<Mention> link(String text, List<Mention> mentions) {
        Map<String, Entity> blends = new HashMap<>();
        Set<String> fullNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON && fullNames.add(m.surface() + '\u0001' + m.entity().key())) {
                addBlends(m.surface(), m.entity(), blends);
            }
        }
        if (blends.isEmpty()) {
            return mentions;
        }
        MentionSet set = null;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Entity person = blends.get(w.group().toLowerCase(Locale.ROOT));
            if (person == null || person == AMBIGUOUS || names.isCommonWord(w.group()) || names.isCommonLocalWord(w.group())
                    || names.isEnglishWord(w.group())) {
                continue;
            }
            set = set == null ? new MentionSet(mentions) : set;
            set.addKnownIfFree(text, w.start(), w.end(), person);
        }
        return set == null ? mentions : set.sorted();
    }

    /** "Julia Perez": "jupe", "juper", "julpe" …; and the whole first name with the last's start, "jokowi". */
    private static void addBlends(String surface, Entity person, Map<String, Entity> blends) {
        List<String> parts = NAME_WORD.matcher(surface).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (parts.size() < 2) {
            return;
        }
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        for (int i = MIN_PART; i <= Math.min(first.length(), MAX_PART); i++) {
            for (int j = MIN_PART; j <= Math.min(last.length() - 1, MAX_PART); j++) {
                String blend = first.substring(0, i) + last.substring(0, j);
                if (blend.length() >= 4) {
                    Entity before = blends.putIfAbsent(blend, person);
                    if (before != null && !before.equals(person)) {
                        blends.put(blend, AMBIGUOUS);
                    }
                }
            }
        }
    }
}
