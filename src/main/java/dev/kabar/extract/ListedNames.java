package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in an enumeration of people: "Adriansyah, Irwansyah, Diko Nugraha, dan Zainuddin Arsyad". When a list
 * holds two people already found, its other items that are bare capitalised names (no title, no known word)
 * are people too. The first item may follow a dash, a colon or "yakni" ("… lainnya -- Adriansyah, …").
 */
final class ListedNames {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:dan\\s+|serta\\s+)?|\\s+(?:dan|serta)\\s+");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
    /** What may close a list of names: punctuation, a dash, a bracket, or the end of the sentence. */
    private static final Pattern LIST_END = Pattern.compile("\\s*(?:--|—|–|[.;:)\"”]|$)");

    private final NameLexicon names;
    private final NameShapes shapes;
    private final EntityIndex index;

    ListedNames(NameLexicon names, NameShapes shapes, EntityIndex index) {
        this.names = names;
        this.shapes = shapes;
        this.index = index;
    }

    void find(String text, Sentence s, MentionSet set) {
        for (Mention start : set.sorted()) {
            if (start.begin() < s.begin() || start.end() > s.end() || start.entity().type() != EntityType.PERSON) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int persons = 0;
            int cursor = start.begin();
            while (true) {
                Mention m = set.startingAt(cursor);
                int end;
                if (m != null) {
                    if (m.entity().type() != EntityType.PERSON) {
                        break;
                    }
                    persons++;
                    end = m.end();
                } else {
                    Matcher name = NAME.matcher(text).region(cursor, s.end());
                    if (!name.lookingAt() || !bareName(text, name.start(), name.end(), set)) {
                        break;
                    }
                    end = name.end();
                    Matcher sep = SEPARATOR.matcher(text).region(end, s.end());
                    if (!sep.lookingAt() && !LIST_END.matcher(text).region(end, s.end()).lookingAt()) {
                        break; // "Kalibata bertemu": a name must end where a list item ends
                    }
                    items.add(new int[] {name.start(), name.end()});
                }
                Matcher sep = SEPARATOR.matcher(text).region(end, s.end());
                if (!sep.lookingAt()) {
                    break;
                }
                cursor = sep.end();
            }
            if (persons >= 2 && !items.isEmpty()) {
                items.forEach(i -> set.add(text, i[0], i[1], EntityType.PERSON, index));
            }
        }
        leadingItems(text, s, set);
    }

    /** "-- Adriansyah, Irwansyah, Diko Nugraha": bare names before a run of listed people. */
    private void leadingItems(String text, Sentence s, MentionSet set) {
        Matcher opener = Pattern.compile("(?:--|—|–|:|\\byakni|\\byaitu)\\s*").matcher(text).region(s.begin(), s.end());
        while (opener.find()) {
            List<int[]> items = new ArrayList<>();
            int cursor = opener.end();
            int persons = 0;
            while (cursor < s.end()) {
                Mention m = set.startingAt(cursor);
                int end;
                if (m != null && m.entity().type() == EntityType.PERSON) {
                    persons++;
                    end = m.end();
                } else {
                    Matcher name = NAME.matcher(text).region(cursor, s.end());
                    if (m != null || !name.lookingAt() || !bareName(text, name.start(), name.end(), set)) {
                        break;
                    }
                    items.add(new int[] {name.start(), name.end()});
                    end = name.end();
                }
                Matcher sep = SEPARATOR.matcher(text).region(end, s.end());
                if (!sep.lookingAt()) {
                    break;
                }
                cursor = sep.end();
            }
            if (persons >= 2 && !items.isEmpty()) {
                items.forEach(i -> set.add(text, i[0], i[1], EntityType.PERSON, index));
            }
        }
    }

    /** Capitalised words that could only be a name: none covered, none a known word, title, head or calendar word. */
    private boolean bareName(String text, int begin, int end, MentionSet set) {
        List<Token> toks = Token.of(text, begin, end);
        for (Token t : toks) {
            if (set.covering(t.begin()) != null || names.isCommonWord(t.text()) || names.isCommonLocalWord(t.text())) {
                return false;
            }
        }
        return shapes.plausiblePersonName(text, toks, 0, toks.size()) && index.lookup(text.substring(begin, end)) == null;
    }
}
