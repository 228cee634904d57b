package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences: line breaks end sentences, and so do '.', '!' and '?' before white
 * space and a capital, a digit or an opening quote, unless the period ends a known abbreviation or an
 * initial. Digits around a period ("28.985") never split. A quotation that spans several sentences stays
 * one unit, so its attribution is found.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations = new HashSet<>();

    public SentenceSplitter(Lexicon lexicon) {
        for (String a : lexicon.entries("abbreviations.txt")) {
            abbreviations.add(a.toLowerCase(Locale.ROOT));
        }
        // titles written with a period ("Capt.", "Prof.", "Kol.") never end a sentence either
        for (String t : lexicon.entries("person-titles.txt")) {
            if (t.endsWith(".") && !t.contains(" ")) {
                abbreviations.add(t.toLowerCase(Locale.ROOT));
            }
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        boolean inQuote = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
                inQuote = false;
                continue;
            }
            if (c == '“') {
                inQuote = true;
            } else if (c == '”') {
                inQuote = false;
            } else if (c == '"') {
                inQuote = !inQuote;
            }
            if ((c == '.' || c == '!' || c == '?') && !inQuote && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isClosing(text.charAt(j))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < n && text.charAt(j) == ' ') {
            j++;
        }
        if (j < n && text.charAt(j) != '\n') {
            char next = text.charAt(j);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '(')) {
                return false;
            }
        }
        return text.charAt(i) != '.' || !isAbbreviation(text, i);
    }

    private boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
            b--;
        }
        String token = text.substring(b, dot + 1);
        if (token.length() == 2 && Character.isUpperCase(token.charAt(0))) {
            return true; // an initial: "Susilo B. Yudhoyono"
        }
        return abbreviations.contains(token.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '\'' || c == ')' || c == '’';
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
    }
}
