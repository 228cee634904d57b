package dev.kabar.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The words of one article's text, read once and looked up by range: name discovery, coreference and title
 * references each walked the whole text or every sentence again, and the words they made were a seventh of all
 * the memory extraction allocates. A range gives exactly what {@link Token#of} would give for it.
 */
final class TextTokens {
    private final String text;
    private final List<Token> all;
    private final int[] begins;

    TextTokens(String text) {
        this.text = text;
        this.all = Token.of(text, 0, text.length());
        this.begins = new int[all.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = all.get(i).begin();
        }
    }

    List<Token> all() {
        return all;
    }

    /** The words of {@code [begin, end)}: a view of the whole text's, unless a word crosses either end. */
    List<Token> in(int begin, int end) {
        int from = firstAtOrAfter(begin);
        int to = firstAtOrAfter(end);
        boolean cut = (from > 0 && all.get(from - 1).end() > begin) || (to > from && all.get(to - 1).end() > end);
        return cut ? Token.of(text, begin, end) : all.subList(from, to);
    }

    private int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(begins, offset);
        return i >= 0 ? i : -i - 1;
    }
}
