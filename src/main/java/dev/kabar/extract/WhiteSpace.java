package dev.kabar.extract;

import java.util.regex.Pattern;

/** How names are spaced for lookup: stripped, every run of white space one space. */
final class WhiteSpace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private WhiteSpace() {
    }

    /**
     * Called for every candidate name and token position (joined tokens always hold single spaces), so the
     * regex runs only when something would change: a white space other than a lone ' '.
     */
    static String fold(String s) {
        String stripped = s.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // \s is ASCII white space, as String.replaceAll("\\s+", " ") saw it; a lone ' ' is already folded
            if (isSpace(c) && (c != ' ' || (i + 1 < stripped.length() && isSpace(stripped.charAt(i + 1))))) {
                return RUNS.matcher(stripped).replaceAll(" ");
            }
        }
        return stripped;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
