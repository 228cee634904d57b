package dev.kabar.extract;

import java.util.List;

/** Whether capitalised words can only be a name: none found already, none a known word, title, head or calendar word. */
final class BareNames {
    private final NameLexicon names;
    private final NameShapes shapes;
    private final EntityIndex index;

    BareNames(NameLexicon names, NameShapes shapes, EntityIndex index) {
        this.names = names;
        this.shapes = shapes;
        this.index = index;
    }

    /** Capitalised words that could only be a name: none covered, none a known word, title, head or calendar word. */
    boolean name(String text, int begin, int end, MentionSet set) {
        List<Token> toks = Token.of(text, begin, end);
        for (Token t : toks) {
            if (set.covering(t.begin()) != null || names.isCommonWord(t.text()) || names.isCommonLocalWord(t.text())) {
                return false;
            }
        }
        return shapes.plausiblePersonName(text, toks, 0, toks.size()) && index.lookup(text.substring(begin, end)) == null;
    }

    /** One capitalised word that is no known word: a name only because of what follows it. */
    boolean singleUnknownWord(String text, int begin, int end, MentionSet set) {
        String word = text.substring(begin, end);
        return !word.contains(" ") && set.covering(begin) == null && !names.isCommonWord(word) && !names.isCommonLocalWord(word)
                && !names.isTitleWord(word) && !names.isCalendarWord(word) && names.orgHeadAt(Token.of(text, begin, end), 0) == 0
                && index.lookup(word) == null;
    }

    /** Capitalised words listed among organisations: none covered, none a common, title or calendar word. */
    boolean organisationName(String text, int begin, int end, MentionSet set) {
        for (Token t : Token.of(text, begin, end)) {
            if (set.covering(t.begin()) != null || names.isCommonWord(t.text()) || names.isCommonLocalWord(t.text())
                    || names.isTitleWord(t.text()) || names.isCalendarWord(t.text()) || names.isGivenName(t.text())) {
                return false;
            }
        }
        return index.lookup(text.substring(begin, end)) == null;
    }
}
