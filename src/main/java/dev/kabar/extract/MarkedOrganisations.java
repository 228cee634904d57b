package dev.kabar.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations marked by something other than a head word: a tail or a club prefix ("Shiraz Projects Sdn Bhd",
 * "SC Cambuur"), an affiliation in brackets after a person ("Mohammad Amin (Bekraf)"), an English name whose
 * initials spell the bracketed acronym after it ("Foreign Policy Community of Indonesia (FPCI)").
 */
final class MarkedOrganisations {
    private static final Pattern AFFILIATION = Pattern.compile(
            "\\s*\\(((?:[\\p{Lu}][\\p{L}\\d&.-]*)(?: [\\p{Lu}][\\p{L}\\d&.-]*){0,3})\\)");
    /** Lower-case words an English or Indonesian name may hold between its capitalised words. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "in", "dan", "untuk", "bagi", "de", "la", "du");
    private static final Pattern MINISTER = Pattern.compile("(?i)menteri|menko|wamen");
    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("of", "for", "the", "and", "on");

    private final NameLexicon names;
    private final EntityIndex index;

    MarkedOrganisations(NameLexicon names, EntityIndex index) {
        this.names = names;
        this.index = index;
    }

    /**
     * Organisations marked by a tail or a club prefix: "Shiraz Projects Sdn Bhd", "JAS Kapital", "Reading FC",
     * "SC Cambuur". The name is the capitalised words (acronyms too) joined to the tail or after the prefix.
     */
    void tailedOrganisations(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            int tail = names.orgTailAt(toks, i);
            // "Toronto International Film Festival": a tail word inside a longer name does not end a body's name
            // ("Plan International Indonesia" ends at the tail: a country or place after it says where)
            boolean inside = tail > 0 && i + tail < toks.size() && toks.get(i + tail).capitalised()
                    && NameShapes.joined(text, toks, i + tail - 1, i + tail) && set.covering(toks.get(i + tail).begin()) == null
                    && !names.isOrgPrefix(toks.get(i).text());
            if (inside) {
                continue;
            }
            if (tail > 0 && set.covering(toks.get(i).begin()) == null) {
                int from = i;
                // "Two & Two Pictures", "Simon & Schuster Publishing": an ampersand joins the words of a name
                while (from > 0 && i - from < 6 && (NameShapes.joined(text, toks, from - 1, from)
                        || text.substring(toks.get(from - 1).end(), toks.get(from).begin()).equals(" & "))
                        && (toks.get(from - 1).capitalised() || toks.get(from - 1).acronym())
                        && set.covering(toks.get(from - 1).begin()) == null && names.titleAt(toks, from - 1) == 0
                        && !names.isCommonLocalWord(toks.get(from - 1).text())) {
                    from--;
                }
                if (from < i) {
                    set.add(text, toks.get(from).begin(), toks.get(i + tail - 1).end(), EntityType.ORGANIZATION, index);
                }
                i += tail - 1;
            } else if (names.isOrgPrefix(toks.get(i).text()) && i + 1 < toks.size() && NameShapes.joined(text, toks, i, i + 1)
                    && toks.get(i + 1).capitalised() && set.covering(toks.get(i).begin()) == null) {
                int to = i + 1;
                while (to + 1 < toks.size() && to - i < 3 && NameShapes.joined(text, toks, to, to + 1) && toks.get(to + 1).capitalised()
                        && set.covering(toks.get(to + 1).begin()) == null) {
                    to++;
                }
                set.add(text, toks.get(i).begin(), toks.get(to).end(), EntityType.ORGANIZATION, index);
                i = to;
            }
        }
    }
    /** "Mohammad Amin (Bekraf)": the capitalised words in brackets right after a person name their organisation. */
    void affiliations(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            Matcher a = AFFILIATION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
            if (a.lookingAt() && set.covering(a.start(1)) == null) {
                if (initialsOf(m.surface()).equals(a.group(1))) {
                    set.addKnown(text, a.start(1), a.end(1), m.entity()); // "Ridwan Kamil (RK)": the person's short form
                    continue;
                }
                if (ISO_ALPHA3.contains(a.group(1))) {
                    continue; // "Chen Qingchen (CHN)": an athlete's country code in a results list
                }
                List<Token> toks = Token.of(text, a.start(1), a.end(1));
                // "Marsha Timothy (Marlina)": a given name in brackets is the part an actor plays, not a body
                if (toks.size() > 1 || !names.isCommonWord(toks.get(0).text()) && !names.isGivenName(toks.get(0).text())) {
                    set.add(text, a.start(1), a.end(1), EntityType.ORGANIZATION, index);
                }
            }
        }
    }
    /**
     * "Sekjen FUI Muhammad Al Khaththath": an acronym nothing knows, between an office and the person holding it, is
     * the body the office is in. Not after an office over a place ("Kapolda NTB", "Gubernur DIY"), whose acronym is
     * the place, nor after a minister, whose acronym is the portfolio.
     */
    void acronymsBetweenTitleAndName(String text, List<Token> toks, MentionSet set) {
        for (int k = 1; k + 1 < toks.size(); k++) {
            Token acr = toks.get(k);
            Mention next = set.startingAt(toks.get(k + 1).begin());
            if (!acr.acronym() || acr.text().length() < 2 || acr.text().length() > 8 || set.covering(acr.begin()) != null
                    || names.titleAt(toks, k) > 0 || next == null || next.entity().type() != EntityType.PERSON
                    || !NameShapes.joined(text, toks, k, k + 1) || !NameShapes.joined(text, toks, k - 1, k)
                    || ISO_ALPHA3.contains(acr.text()) || names.isCommonWord(acr.text())) {
                continue;
            }
            for (int t = k - 1; t >= Math.max(0, k - 4); t--) {
                int span = names.titleAt(toks, t);
                if (span == k - t) {
                    String title = text.substring(toks.get(t).begin(), toks.get(k - 1).end());
                    // "Menteri ESDM Ignasius Jonan": after a minister the acronym is the portfolio
                    if (!names.isJurisdictionTitle(title) && !names.isRank(title) && !MINISTER.matcher(title).find()) {
                        set.add(text, acr.begin(), acr.end(), EntityType.ORGANIZATION, index);
                    }
                    break;
                }
            }
        }
    }

    /** "Syafruddin Arsyad Temenggung" → "SAT". */
    private static String initialsOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : "";
    }

    /**
     * "Foreign Policy Community of Indonesia (FPCI)": capitalised words right before a bracketed acronym that
     * their initials spell name an organisation, in English names (a function word or an organisation tail;
     * Indonesian ones are found by their head word) and without a head word. Lower-case
     * connectors ("of", "for", "dan") may sit inside; names known as people or bracketed after a person's name
     * ("Susilo Bambang Yudhoyono (SBY)") are left alone.
     */
    void spelledAcronyms(String text, List<Token> toks, MentionSet set) {
        for (int a = 1; a < toks.size(); a++) {
            Token acr = toks.get(a);
            if (!acr.acronym() || acr.text().length() < 3 || acr.text().length() > 8
                    || !PersonFinder.BRACKET_GAP.matcher(text.substring(toks.get(a - 1).end(), acr.begin())).matches()
                    || !text.startsWith(")", NameShapes.skipSpaces(text, acr.end()))) {
                continue;
            }
            String letters = acr.text().replaceAll("[^\\p{Lu}]", "");
            int from = a;
            int spelled = 0;
            for (int k = a - 1; k >= 0 && spelled < letters.length(); k--) {
                Token t = toks.get(k);
                if (k < a - 1 && !NameShapes.joined(text, toks, k, k + 1)) {
                    break;
                }
                if (t.capitalised() && Character.toUpperCase(t.text().charAt(0)) == letters.charAt(letters.length() - 1 - spelled)) {
                    spelled++;
                    from = k;
                } else if (!(names.isConnector(t.text()) || CONNECTORS.contains(t.text())) || spelled == 0) {
                    break;
                }
            }
            if (spelled != letters.length() || spelled < 3) {
                continue;
            }
            // Indonesian acronyms spell events, laws and documents as often as bodies ("Surat Izin Mengemudi (SIM)"),
            // and Indonesian bodies carry a head word; English names with a function word or a tail are bodies
            boolean english = false;
            for (int k = from; k < a && !english; k++) {
                english = ENGLISH_FUNCTION_WORDS.contains(toks.get(k).text()) || names.orgTailAt(toks, k) > 0;
            }
            int begin = toks.get(from).begin();
            int end = toks.get(a - 1).end();
            if (!english) {
                continue;
            }
            Mention existing = set.covering(begin);
            boolean person = set.sorted().stream().anyMatch(m -> m.begin() < end && m.end() > begin
                    && m.entity().type() == EntityType.PERSON) || names.isGivenName(toks.get(from).text());
            if (person || (existing != null && existing.begin() < begin)) {
                continue;
            }
            Mention org = set.add(text, begin, end, EntityType.ORGANIZATION, index);
            if (org != null) {
                set.defineAcronym(acr.text(), acr.begin(), org.entity());
            }
        }
    }

}
