package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line written like a headline between two paragraphs of prose ("Hasil Studi: Gaji X Terlalu Tinggi"): on news
 * pages the title of a related article, set into the text without a "Baca juga" marker. Every word capitalised but
 * a few short ones, no closing punctuation, and prose ended just before it. Section headings look the same, so only
 * the names such lines alone hold are dropped: a heading's names come back in the paragraph under it.
 */
final class LoneHeadlines {
    /** Words a headline leaves in lower case. */
    private static final Set<String> SMALL = Set.of("di", "ke", "dan", "yang", "untuk", "dari", "pada", "dengan", "atau",
            "vs", "dalam", "jadi", "bagi", "oleh", "tak", "tidak", "ini", "itu", "saat", "usai", "jelang", "akan", "bisa",
            "ada", "soal", "&", "sebagai", "karena", "demi", "hingga", "sampai", "belum", "sudah", "lagi", "pun", "juga");
    private static final Pattern PROSE_END = Pattern.compile("[.!?][\"”’']?\\s*$");
    /** A closing mark, a list item or a field ("Pelatih: X", "Grup 2: …", "Manajer: X"), a score: not a headline. */
    private static final Pattern NOT_HEADLINE = Pattern.compile("[.!?\"”’':;,)]\\s*$|^\\S+\\s*:|^\\d|;|\\d\\s*-\\s*\\d|,.*,");

    private LoneHeadlines() {
    }

    /** The entities named in such lines and nowhere else in the text. */
    static Set<Entity> namedOnlyThere(String text, List<Mention> mentions) {
        List<int[]> lines = lines(text);
        if (lines.isEmpty()) {
            return Set.of();
        }
        Set<Entity> inside = new HashSet<>();
        Set<Entity> outside = new HashSet<>();
        for (Mention m : mentions) {
            boolean in = false;
            for (int[] l : lines) {
                in |= m.begin() >= l[0] && m.end() <= l[1];
            }
            (in ? inside : outside).add(m.entity());
        }
        inside.removeAll(outside);
        return inside;
    }

    /** The [begin, end) of every such line. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        String previous = null;
        int lastText = NearestMark.before(text, 0, text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (isOne(line, previous, end < lastText)) {
                    out.add(new int[] {start, end});
                }
                previous = line;
            }
            start = end + 1;
        }
        return out;
    }

    /** Whether {@code line} is such a headline, given the previous non-empty line and whether text follows it. */
    static boolean isOne(String line, String previous, boolean textAfter) {
        if (previous == null || !textAfter || !PROSE_END.matcher(previous).find() || NOT_HEADLINE.matcher(line).find()) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 4 || words.length > 12) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            } else if (!SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 3;
    }
}
