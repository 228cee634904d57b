package dev.kabar.article;

/**
 * Bounds that keep memory and time in check on huge inputs. A news article is tens of kilobytes; extraction
 * time grows faster than linearly with one document's length, so a document beyond the cap is cut at a
 * paragraph (or word) break and the cut is reported, never done silently.
 */
public final class DocumentLimits {
    /** Characters of article text kept from one document. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Bytes read from a text file: UTF-8 never has fewer bytes than characters, so this covers the cap. */
    public static final int MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS;
    /** Bytes read from an HTML page, whose markup and scripts may dwarf its text. */
    public static final int MAX_HTML_FILE_BYTES = 8 * 1024 * 1024;
    /** Bytes of one JSON Lines line; a longer line is skipped without being held in memory. */
    public static final int MAX_JSON_LINE_BYTES = 8 * 1024 * 1024;

    private DocumentLimits() {
    }

    /** Where to cut text that exceeds {@code max}: after the last line break, else the last space, else at max. */
    public static int cutPoint(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int floor = max / 2;
        for (int i = max; i > floor; i--) {
            if (text.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = max; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
