package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a name looks like: the checks every discovery path shares, so one rule decides what can be a name. */
final class NameShapes {
    /** The minute of a goal: "78 '", "90 + 4 '". */
    private static final String MINUTE_FORM = "\\d{1,3}(?: ?\\+ ?\\d{1,2})? ?['’]";
    private static final Pattern MINUTE = Pattern.compile(MINUTE_FORM);
    /** A scorer in brackets with the minute: "(Troy Deeney 49 '". */
    private static final Pattern SCORERS = Pattern.compile("\\(\\p{Lu}[^()\\n]*?" + MINUTE_FORM);
    private final NameLexicon names;

    NameShapes(NameLexicon names) {
        this.names = names;
    }

    /** An honorific closing a name is part of it ("Thaung Tun"): honorifics come before a name, not after one. */
    boolean closingHonorific(List<Token> toks, int from, int to, int k) {
        return k == to - 1 && k > from && names.isHonorific(toks.get(k).text());
    }

    /** Whether the minute of a goal starts at {@code i}: "78 '", "90 + 4 '" after a scorer's name. */
    static boolean minuteAt(String text, int i) {
        return MINUTE.matcher(text).region(i, text.length()).lookingAt();
    }

    /**
     * Whether the words [from, to) can be a person's name: no digits, acronyms, head words, titles or calendar
     * words, no number or organisation tail right after ("Sheila On 7", "Bhayangkara FC"), not after a place
     * word ("Bandara Ngurah Rai"); and either a known given name first, or no ordinary word at all.
     */
    boolean plausiblePersonName(String text, List<Token> toks, int from, int to) {
        return plausible(text, toks, from, to, false);
    }

    /**
     * As {@link #plausiblePersonName}, for a name an attribution points at ("ujar Happy Salma", "kata Milena Sales"):
     * there two or more words ending in one that is no ordinary word will do, since names borrow ordinary words.
     */
    boolean plausibleCuedName(String text, List<Token> toks, int from, int to) {
        return plausible(text, toks, from, to, true);
    }

    private boolean plausible(String text, List<Token> toks, int from, int to, boolean cued) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            // an initial inside a name is fine ("M Rivai Arvan", "Miryam S Haryani"), not at its end
            boolean initial = t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && k < to - 1 && to - from >= 3;
            if (t.text().chars().anyMatch(Character::isDigit) || t.acronym() || (t.text().length() < 2 && !initial)
                    || names.orgHeadAt(toks, k) > 0 || names.isCalendarWord(t.text())
                    || (names.isTitleWord(t.text()) && !closingHonorific(toks, from, to, k))) {
                return false;
            }
        }
        for (int k = from + 1; k < to; k++) {
            if (k + names.orgTailAt(toks, k) == to) {
                return false; // "Dick Clark Productions", "Epic Records": a body's tail closes the run
            }
        }
        // "Nathan Hall": a given name and a surname that also ends names of places is a person
        // ("Royal Albert Hall", with a capitalised word before it, is still a hall)
        boolean givenAndSurname = to - from == 2 && names.isGivenName(toks.get(from).text()) && names.isSurnameWord(toks.get(to - 1).text())
                && !(from > 0 && toks.get(from - 1).capitalised() && text.substring(toks.get(from - 1).end(), toks.get(from).begin()).equals(" "));
        if ((names.isPlaceTail(toks.get(to - 1).text()) && !givenAndSurname)
                || (to - from >= 2 && names.isPlaceHead(toks.get(from).text()))) {
            // "Stadium Perpaduan Kuching", "Gedung Sate": a place named by its head word
            return false;
        }
        if (to < toks.size() && text.substring(toks.get(to - 1).end(), toks.get(to).begin()).equals(" ")
                && (Character.isDigit(toks.get(to).text().charAt(0)) && !minuteAt(text, toks.get(to).begin())
                        || names.orgTailAt(toks, to) > 0)) {
            return false;
        }
        boolean honorificBefore = from > 1 && names.isHonorific(toks.get(from - 2).text() + " " + toks.get(from - 1).text());
        if (headBefore(toks, from, names::isPlaceHead) && !honorificBefore
                // "Jalan Jenderal Gatot Subroto", "Jl. KH Hasyim Asyari": a street named after someone; not "Tangerang
                // Kota, AKBP Budi", where a comma closes the place before the holder's rank
                || (from > 1 && names.isPlaceHead(toks.get(from - 2).text()) && names.isTitleWord(toks.get(from - 1).text())
                        && adjacent(text, toks, from - 2, from))) {
            return false; // "Bandara Ngurah Rai", "Bandar Udara Adi Sucipto"
        }
        Token first = toks.get(from);
        // "Datuk Seri Norza Zakaria": after an honorific, "Seri" is no series of things
        if (!names.isGivenName(first.text()) && headBefore(toks, from, names::isThingHead) && !honorificBefore) {
            return false; // "film Suicide Squad", "Kereta Api Argo Bromo": a work or a vehicle
        }
        if (from > 0 && toks.get(from - 1).text().equals("di") && !names.opensName(first.text())) {
            return false; // "di Genuk Krajan", "di Bina Graha": where something happens, not who
        }
        // Balinese names open with I or Ni before the given name: "I Gusti Agung Wesaka Puja", "Ni Luh Putu"
        boolean balinese = to - from >= 3 && (first.text().equals("I") || first.text().equals("Ni"))
                && names.isGivenName(toks.get(from + 1).text());
        if (names.opensName(first.text()) || balinese) {
            // "Agung Sedayu Group" ends in an ordinary word; "Mohammad Amin" ends in another given name
            Token last = toks.get(to - 1);
            // cued, a given name and one more word will do: "Ekonom Samuel Sekuritas Rangga Cipta"
            // and so will two given names and a third word: "Duta Besar India Pradeep Kumar Rawat"
            // a given name and an English word that is a common surname: "Ashley Young", "Larry King"
            return to - from == 1 || !names.isCommonWord(last.text()) || names.isGivenName(last.text())
                    || (to - from == 2 && names.isGivenName(first.text()) && names.isSurnameWord(last.text()))
                    || (cued && to - from == 2) || (cued && to - from == 3 && names.isGivenName(toks.get(from + 1).text()));
        }
        int ordinary = 0;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            // an English word names a thing ("Technical Consultant", "Atheist Republic"), unless an attribution
            // points at the name ("kata Milena Sales")
            if ((names.isCommonWord(w) || (!cued && names.isEnglishWord(w))) && !names.isParticle(w)) {
                ordinary++;
            }
        }
        // cued: "Happy Salma" passes, "Swandajani Gunadi Selaku" (an ordinary word closing it) does not
        return ordinary == 0 || (cued && to - from >= 2 && !names.isCommonWord(toks.get(to - 1).text()));
    }
    /** Whether the word, or the two words, right before {@code from} are such a head ("Bandara", "Kereta Api"). */
    private static boolean headBefore(List<Token> toks, int from, Predicate<String> head) {
        return (from > 0 && head.test(toks.get(from - 1).text()))
                || (from > 1 && head.test(toks.get(from - 2).text() + " " + toks.get(from - 1).text()));
    }

    /** Whether tokens [from, to] follow each other with no comma or other clause mark between. */
    private static boolean adjacent(String text, List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.substring(toks.get(k).end(), toks.get(k + 1).begin()).matches(".*[,;:].*")) {
                return false;
            }
        }
        return true;
    }

    boolean hasHeadWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (names.orgHeadAt(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }
    /** Whether a word opens a sentence or a paragraph, where every word is capitalised. */
    static boolean sentenceInitial(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }

    /** A short line without a final period, most of its longer words capitalised. */
    static boolean isHeadline(String text, Sentence s, List<Token> toks) {
        return toks.size() <= 20 && text.charAt(s.end() - 1) != '.' && titleCase(toks)
                // "Watford 2 - 0 West Brom (Troy Deeney 49 ')": a result line with its scorers
                && !SCORERS.matcher(text).region(s.begin(), s.end()).find();
    }
    static boolean titleCase(List<Token> toks) {
        int words = 0;
        int capitalised = 0;
        for (Token t : toks) {
            if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.capitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised >= 0.7 * words;
    }
    static int indexAfter(List<Token> toks, int offset) {
        int k = 0;
        while (k < toks.size() && toks.get(k).begin() < offset) {
            k++;
        }
        return k;
    }
    static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
    static boolean joined(String text, List<Token> toks, int a, int b) {
        return text.substring(toks.get(a).end(), toks.get(b).begin()).equals(" ");
    }
}
