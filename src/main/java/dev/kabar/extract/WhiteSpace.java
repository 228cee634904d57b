package dev.kabar.extract;

import java.util.regex.Pattern;

/** How names are spaced for lookup: stripped, every run of white space one space. */
final class WhiteSpace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private WhiteSpace() {
    }

    /** Called for every candidate name and token position, so the pattern is compiled once and skipped when idle. */
    static String fold(String s) {
        String stripped = s.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // the characters of \s (ASCII white space), as String.replaceAll("\\s+", " ") saw them
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return RUNS.matcher(stripped).replaceAll(" ");
            }
        }
        return stripped;
    }
}
