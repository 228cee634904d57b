package dev.kabar.extract;

/** The nearest character that is not white space on either side of an offset: the punctuation a rule looks for. */
final class NearestMark {
    private NearestMark() {
    }

    /** The offset of the last non-space character before {@code at} and at or after {@code from}; -1 when none. */
    static int before(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from ? i : -1;
    }

    /** The offset of the first non-space character at or after {@code at}; the text's length when none. */
    static int after(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the nearest mark before {@code at} (not before {@code from}) is {@code c}. */
    static boolean isBefore(String text, int from, int at, char c) {
        int i = before(text, from, at);
        return i >= 0 && text.charAt(i) == c;
    }

    /** Whether the nearest mark at or after {@code at} is {@code c}. */
    static boolean isAfter(String text, int at, char c) {
        int i = after(text, at);
        return i < text.length() && text.charAt(i) == c;
    }
}
