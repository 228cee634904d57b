package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Quotations in an article's text: “…” or "…" pairs within one paragraph, and where they stand. */
final class Quotations {
    /** One to three words, nothing else: what a scare quote holds. */
    private static final Pattern SCARE_WORDS = Pattern.compile("\\s*\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}\\s*");

    /** Up to a dozen words with no end of sentence: a phrase quoted inside a clause. */
    private static final Pattern EMBEDDED_WORDS = Pattern.compile("\\s*\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,11}\\s*");
    private static final Pattern CLAUSE_RUNS_ON = Pattern.compile(" \\p{Ll}");

    /** Offsets of the opening and the closing quotation mark. */
    record Quote(int open, int close) {
    }

    private Quotations() {
    }

    static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open < 0 && (c == '"' || c == '“' || c == '”' && text.substring(text.lastIndexOf('\n', i) + 1, i).isBlank())) {
                // a right quotation mark opening a paragraph opens a quotation too, as some outlets type it
                open = i;
            } else if (open >= 0 && (c == '"' || c == '”')) {
                out.add(new Quote(open, i));
                open = -1;
            }
        }
        return out;
    }

    static boolean inside(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (offset > q.open() && offset < q.close()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation starts or ends within the sentence. */
    static boolean crosses(String text, List<Quote> quotes, Sentence s) {
        for (Quote q : quotes) {
            if (q.open() < s.end() && q.close() >= s.begin() && !scare(text, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 'Ahok sulit "diserang" dari sisi …', 'bisa "disalahkan karena tidak melihat" kekerasan …': words set off inside
     * a clause that runs on after them, no quotation of its own.
     */
    private static boolean scare(String text, Quote q) {
        String inside = text.substring(q.open() + 1, Math.max(q.open() + 1, q.close()));
        boolean midClause = q.open() > 1 && Character.isLetter(text.charAt(q.open() - 2)) && text.charAt(q.open() - 1) == ' ';
        return midClause && (SCARE_WORDS.matcher(inside).matches()
                || EMBEDDED_WORDS.matcher(inside).matches() && CLAUSE_RUNS_ON.matcher(text).region(q.close() + 1, text.length()).lookingAt());
    }

    /** The quotation is its paragraph: nothing but punctuation before it on its line. */
    static boolean wholeParagraph(String text, Quote q) {
        int lineStart = text.lastIndexOf('\n', q.open()) + 1;
        return text.substring(lineStart, q.open()).isBlank();
    }

    static int paragraphsBetween(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
