package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article's own text from page furniture ("Baca Juga" links, share buttons, ads, comment
 * forms, copyright footers, photo credits). Furniture is blanked with spaces, line breaks kept, so the
 * cleaned text has exactly the original's length: every offset found in it is an offset in the original.
 * Markers are language data ({@code lang/id/furniture.txt}).
 */
public final class PageCleaner {
    /** A photo credit inside a line: "(Foto: Reuters)", "(Xinhua/Khaled Omar)", "(source.example.edu)". */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\((?:Foto|Photo|Sumber foto|Kredit foto|Ilustrasi|Dok\\.?|Dokumentasi|Istimewa)\\b[^()\\n]*\\)"
                    + "|\\([\\p{Lu}][\\p{L}\\d .&-]{1,30}/[^()\\n]{1,60}\\)"
                    + "|\\((?:https?://)?(?:[\\w-]+\\.)+(?:com|edu|org|net|gov|id|co|io|info)(?:/[^()\\s]*)?\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A list heading: a few words and a colon, nothing else ("Baca Juga:", "BACA JUGA :"). */
    private static final Pattern MARKER_ONLY = Pattern.compile("[\\p{L} ]{2,30}:\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.][\"”’']?\\s*$"); // link titles may end in "?" or "!"

    private record Marker(String kind, String text, Pattern regex) {
    }

    /** The cleaned text (same length as the original) and the lines that were photo captions. */
    public record Cleaned(String text, List<Integer> captionLineStarts) {
        public boolean isCaptionLine(int lineStart) {
            return captionLineStarts.contains(lineStart);
        }
    }

    private final List<Marker> markers = new ArrayList<>();
    /** Link markers that can follow a sentence inside a paragraph ("... sempurna. SIMAK JUGA - ..."). */
    private final List<Pattern> inline = new ArrayList<>();
    /** Each inline marker as written, to skip the look-behind regex on the many lines that hold none. */
    private final List<String> inlineText = new ArrayList<>();

    public PageCleaner(Lexicon lexicon) {
        for (String[] row : lexicon.table("furniture.txt", 2)) {
            String kind = row[0];
            if (kind.equals("inline")) {
                // written in capitals on the page, so matched as written: "Simak juga" in prose is a verb
                inlineText.add(row[1]);
                inline.add(Pattern.compile("(?<=[.!?\"”]\\s{1,3})" + Pattern.quote(row[1]) + "\\s*[:\\-–—]"));
            } else if (kind.endsWith("-re")) {
                markers.add(new Marker(kind.substring(0, kind.length() - 3), null,
                        Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } else {
                markers.add(new Marker(kind, row[1].toLowerCase(Locale.ROOT), null));
            }
        }
    }

    public Cleaned clean(String original) {
        char[] out = original.toCharArray();
        List<Integer> captions = new ArrayList<>();
        List<int[]> lines = lines(original);
        int nonEmpty = 0;
        for (int[] l : lines) {
            if (!original.substring(l[0], l[1]).isBlank()) {
                nonEmpty++;
            }
        }
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = original.substring(l[0], l[1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            String kind = matchingKind(line);
            // a footer marker in the first part of a page is more likely a stray word than the footer
            if ("tail".equals(kind) && seen > nonEmpty * 0.3) {
                blank(out, l[0], original.length());
                break;
            }
            if ("line".equals(kind) || "caption".equals(kind) || "list".equals(kind)) {
                blank(out, l[0], l[1]);
                if ("list".equals(kind) && MARKER_ONLY.matcher(line).matches()) {
                    // "Baca Juga:" alone on its line heads a list of link titles, one per line
                    i = blankLinkTitles(original, out, lines, i + 1) - 1;
                }
                continue;
            }
            blankInlineLinks(original, out, l);
            Matcher credit = INLINE_CREDIT.matcher(original).region(l[0], l[1]);
            while (credit.find()) {
                blank(out, credit.start(), credit.end());
                captions.add(l[0]);
            }
        }
        return new Cleaned(new String(out), List.copyOf(captions));
    }

    /** Blanks the title-like lines from {@code from} on (short, no closing full stop); returns the first line kept. */
    private static int blankLinkTitles(String original, char[] out, List<int[]> lines, int from) {
        int i = from;
        for (; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = original.substring(l[0], l[1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (WORD.matcher(line).results().count() > 16 || SENTENCE_END.matcher(line).find()) {
                break;
            }
            blank(out, l[0], l[1]);
        }
        return i;
    }

    private void blankInlineLinks(String original, char[] out, int[] line) {
        for (int k = 0; k < inline.size(); k++) {
            int at = original.indexOf(inlineText.get(k), line[0]);
            if (at < 0 || at >= line[1]) {
                continue;
            }
            Matcher m = inline.get(k).matcher(original).region(line[0], line[1]);
            if (m.find()) {
                blank(out, m.start(), line[1]);
                return;
            }
        }
    }

    private String matchingKind(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Marker m : markers) {
            if (m.regex() != null ? m.regex().matcher(line).lookingAt() : startsWithMarker(line, lower, m.text())) {
                return m.kind();
            }
        }
        return null;
    }

    /**
     * A marker matches at the start of the line. A one-word marker ("Iklan", "Follow") must not be the first
     * word of an ordinary sentence: it matches when the line is short or the next word is not lower case.
     */
    private static boolean startsWithMarker(String line, String lower, String marker) {
        if (!lower.startsWith(marker)) {
            return false;
        }
        if (marker.length() < lower.length() && Character.isLetterOrDigit(marker.charAt(marker.length() - 1))
                && Character.isLetterOrDigit(lower.charAt(marker.length()))) {
            return false; // "Iklan" is not "Iklannya"
        }
        if (!WORD.matcher(marker).replaceFirst("").isBlank() || marker.contains(" ")) {
            return true; // markers with punctuation or several words are specific enough
        }
        long words = WORD.matcher(line).results().count();
        String rest = line.substring(marker.length()).strip();
        return words <= 3 || rest.isEmpty() || !Character.isLowerCase(rest.charAt(0));
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }
}
