package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the text introduces with a noun for their kind: "startup lokal Kudo", "grup musik Secret",
 * "maskapai Vietjet Air", "kelompok Atheist Republic". The nouns are lexicon data ({@code org-heads.txt},
 * section {@code described}); the name is the one to three capitalised words right after the noun and at most
 * two lower-case modifiers, none of them known as anything yet.
 */
final class DescribedOrganisations {
    /** Modifiers between the noun and the name: "lokal", "rintisan", "asal", "musik", "video streaming" … */
    private static final Pattern MODIFIERS = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+");
    private static final Pattern NOT_A_MODIFIER = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:yang|asal|dari|di|ke|untuk|dan|atau|oleh|dengan|seperti|yakni|yaitu|(?:me|ber|di|ter)\\p{L}{3,})(?!\\p{L})");
    /** "start-up lain dari Indonesia seperti A, B dan C": a short stretch, then a word that opens a list of examples. */
    private static final Pattern LIST_OPENER = Pattern.compile(
            "(?iu)[^.,;:!?\"“”()\n]{0,40}?(?<!\\p{L})(?:seperti|yaitu|yakni|antara lain|di antaranya)\\s+");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?iu)(?<!\\p{L})(?:tersebut|itu|ini)(?!\\p{L})");
    private static final Pattern ORIGIN_GAP = Pattern.compile(",?\\s+(?:yang\\s+)?bernama\\s+|,? ");
    /** "aplikasi bernama Bulletin", "klub malam bernama Grey": a product or a place, however it is named. */
    private static final Set<String> PRODUCT_NOUNS = Set.of("aplikasi", "platform", "situs", "situs web",
            "portal", "klub");
    /** "startup bernama Mad Gaze": the name comes after "bernama", a word that is no modifier. */
    private static final Pattern NAMED = Pattern.compile("(?iu)(?:\\s+\\p{Ll}+)?\\s+(?:yang\\s+)?bernama\\s+");
    private static final Pattern FROM_COUNTRY = Pattern.compile("(?iu)(?:\\s+\\p{Ll}+)?\\s+asal\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern DEMONSTRATIVE_AFTER = Pattern.compile("(?iu)\\s+(?:tersebut|itu|ini)(?!\\p{L})");
    private final NameLexicon names;
    private final EntityIndex index;
    private final PhraseAlternation nouns;

    DescribedOrganisations(Lexicon lexicon, NameLexicon names, EntityIndex index) {
        this.names = names;
        this.index = index;
        List<String> phrases = new ArrayList<>(lexicon.sections("org-heads.txt").getOrDefault("described", List.of()));
        phrases.addAll(lexicon.sections("org-heads.txt").getOrDefault("described-only", List.of()));
        phrases.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "grup musik" before "grup"
        // whole words; the noun is written in lower case in running text ("startup lokal Kudo"), never as a name's head
        this.nouns = new PhraseAlternation(phrases, p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"),
                PhraseAlternation.WORD_START, "(?![\\p{L}\\d])");
    }

    /** Names described by a noun for a kind of body, in one sentence: after it, listed after it, before it. */
    void find(String text, Sentence s, List<Token> toks, MentionSet set) {
        List<PhraseAlternation.Found> found = nouns.find(text, s.begin(), s.end());
        if (found.isEmpty()) {
            return;
        }
        namedAfter(text, s, toks, set, found);
        listAfter(text, s, toks, set, found);
        appositionBefore(text, toks, set, found);
    }

    private void namedAfter(String text, Sentence s, List<Token> toks, MentionSet set, List<PhraseAlternation.Found> found) {
        for (PhraseAlternation.Found noun : found) {
            if (!Character.isLowerCase(text.charAt(noun.begin())) && !toks.isEmpty() && noun.begin() != toks.get(0).begin()) {
                continue; // "Grup Djarum", "Ketua Harian X": mid-sentence a capitalised noun is part of a name or a title
            }
            Matcher gap = MODIFIERS.matcher(text).region(noun.end(), s.end());
            Matcher from = FROM_COUNTRY.matcher(text).region(noun.end(), s.end());
            Matcher named = NAMED.matcher(text).region(noun.end(), s.end());
            Mention fromCountry = from.lookingAt() ? set.startingAt(from.end()) : null;
            if (fromCountry != null && fromCountry.entity().type() == EntityType.COUNTRY) {
                // "Pabrikan asal Tiongkok, CamFi": the origin is a country, and the name comes after it
                gap = MODIFIERS.matcher(text).region(noun.end(), from.end());
                gap.lookingAt();
            } else if (named.lookingAt() && !PRODUCT_NOUNS.contains(noun.phrase().toLowerCase(Locale.ROOT))) {
                gap = named; // "startup bernama Mad Gaze": the name follows "bernama"
            } else if (!gap.lookingAt() || NOT_A_MODIFIER.matcher(gap.group()).find()) {
                continue; // "agensi yang menaungi X", "band asal Jogyakarta": a clause or an origin, not the name
            }
            int before = NameShapes.indexAfter(toks, noun.begin()) - 1;
            if (before >= 0 && names.isTitleWord(toks.get(before).text())) {
                continue; // "presiden klub Achsanul Qosasi": a role, and a person after it
            }
            int k = NameShapes.indexAfter(toks, gap.end());
            if (k >= toks.size() || toks.get(k).begin() != gap.end()) {
                continue;
            }
            Mention origin = set.startingAt(toks.get(k).begin());
            if (origin != null && origin.entity().type() == EntityType.COUNTRY) {
                // "majalah sepak bola Jerman Kicker", "surat kabar resmi Korut, Rodong Sinmun": the country it
                // comes from sits between the noun and the name
                Matcher after = ORIGIN_GAP.matcher(text).region(origin.end(), s.end());
                k = after.lookingAt() ? NameShapes.indexAfter(toks, after.end()) : toks.size();
                if (k >= toks.size() || toks.get(k).begin() != after.end()) {
                    continue;
                }
            }
            int to = k;
            while (to < toks.size() && to - k < 3 && usable(toks, to, set)
                    && (to == k || NameShapes.joined(text, toks, to - 1, to))) {
                to++;
            }
            if (to == k || (to < toks.size() && NameShapes.joined(text, toks, to - 1, to) && toks.get(to).capitalised())
                    || ListedNames.MODEL_NUMBER.matcher(text).region(toks.get(to - 1).end(), s.end()).lookingAt()) {
                continue; // nothing named, a longer capitalised run than a name, or a product with its model number
            }
            if (DEMONSTRATIVE_AFTER.matcher(text).region(toks.get(to - 1).end(), s.end()).lookingAt()) {
                continue; // "klub Catalan tersebut": described, not named
            }
            if (ordinaryOnly(toks, k, to) || (to - k == 1 && toks.get(k).acronym())) {
                continue; // "perusahaan FMCG": a lone acronym after a kind of business names the business, not a firm
            }
            String first = toks.get(k).text();
            if (to - k == 1 && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\d])")
                    .matcher(text).find()) {
                continue; // the text also writes it in lower case ("cryptocurrency"): a word, not a name
            }
            if (to - k == 1 && first.length() < 3) {
                continue;
            }
            set.add(text, toks.get(k).begin(), toks.get(to - 1).end(), EntityType.ORGANIZATION, index);
        }
    }

    /**
     * "akuisisi terhadap Kudo, startup lokal yang …", "DHL dan Shipper, startup agregator …": a name with the noun
     * for its kind in apposition after it. The name is the one to three capitalised words right before the comma,
     * nothing known and no given name, after a lower-case word or the sentence start.
     */
    private void appositionBefore(String text, List<Token> toks, MentionSet set, List<PhraseAlternation.Found> found) {
        for (PhraseAlternation.Found noun : found) {
            if (!Character.isLowerCase(text.charAt(noun.begin())) || !text.startsWith(", ", noun.begin() - 2)) {
                continue;
            }
            int to = NameShapes.indexAfter(toks, noun.begin() - 2);
            int from = to;
            while (from > 0 && to - from < 3 && usable(toks, from - 1, set)
                    && (from == to ? toks.get(from - 1).end() == noun.begin() - 2 : NameShapes.joined(text, toks, from - 1, from))) {
                from--;
            }
            if (from == to || (from > 0 && NameShapes.joined(text, toks, from - 1, from) && toks.get(from - 1).capitalised())
                    || ordinaryOnly(toks, from, to) || (to - from == 1 && toks.get(from).text().length() < 3)
                    || (to - from == 1 && toks.get(from).text().endsWith("nya"))) {
                continue; // "Pasalnya, perusahaan …": a sentence adverb, not a name
            }
            set.add(text, toks.get(from).begin(), toks.get(to - 1).end(), EntityType.ORGANIZATION, index);
        }
    }

    /**
     * "start-up lain dari Indonesia seperti Infinitri, Plomo, Anterin dan Dokterku": every name in a list of
     * examples after a noun for a kind of body is one. Items are one to three capitalised words that nothing
     * covers; the list ends at the first thing that is not such an item, a comma or "dan".
     */
    private void listAfter(String text, Sentence s, List<Token> toks, MentionSet set, List<PhraseAlternation.Found> found) {
        for (PhraseAlternation.Found noun : found) {
            if (!Character.isLowerCase(noun.phrase().charAt(0))) {
                continue;
            }
            Matcher opener = LIST_OPENER.matcher(text).region(noun.end(), s.end());
            if (!opener.lookingAt() || DEMONSTRATIVE.matcher(opener.group()).find()) {
                continue;
            }
            int k = NameShapes.indexAfter(toks, opener.end());
            while (k < toks.size()) {
                int to = k;
                while (to < toks.size() && to - k < 3 && listItemWord(toks, to, set) && (to == k || NameShapes.joined(text, toks, to - 1, to))) {
                    to++;
                }
                if (to == k || (to < toks.size() && NameShapes.joined(text, toks, to - 1, to) && toks.get(to).capitalised())) {
                    break; // nothing, or a longer name than an example takes: left to the head-word rules
                }
                if (!ordinaryOnly(toks, k, to)) {
                    set.add(text, toks.get(k).begin(), toks.get(to - 1).end(), EntityType.ORGANIZATION, index);
                }
                if (to >= toks.size()) {
                    break;
                }
                String gap = text.substring(toks.get(to - 1).end(), toks.get(to).begin());
                if (COMMA.matcher(gap).matches()) {
                    k = toks.get(to).text().equals("dan") ? to + 1 : to;
                } else if (gap.equals(" ") && toks.get(to).text().equals("dan")) {
                    k = to + 1;
                } else {
                    break;
                }
            }
        }
    }

    /** "organisasi Islam", "layanan Publik", "seperti Islam": capitalised ordinary words name nothing. */
    private boolean ordinaryOnly(List<Token> toks, int from, int to) {
        for (int q = from; q < to; q++) {
            if (!names.isCommonWord(toks.get(q).text().toLowerCase(Locale.ROOT)) || toks.get(q).acronym()) {
                return false;
            }
        }
        return true;
    }

    private boolean listItemWord(List<Token> toks, int k, MentionSet set) {
        Token t = toks.get(k);
        return (t.capitalised() || t.acronym()) && set.covering(t.begin()) == null && names.titleAt(toks, k) == 0
                && !names.isCalendarWord(t.text());
    }

    /** A capitalised word (or acronym) that no mention covers and that is no title, calendar or given-name word. */
    private boolean usable(List<Token> toks, int k, MentionSet set) {
        Token t = toks.get(k);
        return (t.capitalised() || t.acronym()) && set.covering(t.begin()) == null && names.titleAt(toks, k) == 0
                && !names.isCalendarWord(t.text()) && !names.isGivenName(t.text()) && !names.isCommonLocalWord(t.text());
    }
}
