package dev.kabar.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People the knowledge base does not know, found by their role: after a title or role ("Menteri Luar Negeri
 * Turki Hakan Fidan"), and the role the article gives each person. Roles written after a name are
 * {@link RolesAfterNames}; names without a role are {@link UntitledNames}.
 */
final class PersonFinder {
    /** "Perundang - undangan": a compound that goes on in a long lower-case word. */
    private static final Pattern LOWER_CASE_COMPOUND = Pattern.compile("\\s*-\\s*\\p{Ll}{6,}");
    /** Indonesian nouns made with a circumfix: "Kedokteran", "Pendidikan", "Perhubungan", "Pengawasan". */
    private static final Pattern DERIVED_NOUN = Pattern.compile("(?:Ke|Pe[mnr]?|Peng|Peny)\\p{Ll}{3,}an");
    private static final Set<String> DEMONSTRATIVES = Set.of("itu", "tersebut", "ini");
    static final Pattern BRACKET_GAP = Pattern.compile("\\s*\\(\\s*");
    // gaps between tokens, tested at every token position: compiled once
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*\\)?\\s*,\\s*"); // "Ketua X (PPKI), Sudarsono"
    private static final Pattern PERIOD_GAP = Pattern.compile("\\.\\s+");
    private static final Pattern CLOSING_BRACKET_GAP = Pattern.compile("\\s*\\)\\s*");

    private static final Pattern SHORT_NAME_AFTER = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]{1,9}\\)");
    private final NameLexicon names;
    private final EntityIndex index;
    private final NameShapes shapes;

    PersonFinder(NameLexicon names, EntityIndex index, NameShapes shapes) {
        this.names = names;
        this.index = index;
        this.shapes = shapes;
    }

    /** Title phrase, then qualifiers (organisations, countries, more titles), then the name. */
    void people(String text, List<Token> toks, MentionSet set, List<StatedRole> roles) {
        for (int i = 0; i < toks.size(); i++) {
            int t = names.titleAt(toks, i);
            // "Jenderal" in "Konsulat Jenderal" belongs to an organisation's name, not to a person's title, and
            // in "Jalan Jenderal Gatot Subroto" to a street's
            // and "Pengusaha" in "Asosiasi Pengusaha Ritel" to an association's
            if (t == 0 || set.covering(toks.get(i).begin()) != null || (i > 0 && names.orgHeadAt(toks, i - 1) > 1)
                    || (i > 0 && toks.get(i - 1).capitalised() && names.orgHeadAt(toks, i - 1) == 1 && names.isOccupation(toks.get(i).text()))
                    || (i > 0 && names.isPlaceHead(toks.get(i - 1).text()))) {
                continue;
            }
            int roleBegin = toks.get(i).begin();
            boolean roleLowerCase = !toks.get(i).capitalised();
            String lastTitle = text.substring(toks.get(i).begin(), toks.get(i + t - 1).end());
            int j = i + t;
            int runStart = -1;
            int prevEnd = toks.get(j - 1).end();
            Mention person = null;
            boolean commaUsed = false;
            boolean wholeRunIsName = false;
            boolean afterRank = names.isRank(lastTitle);
            boolean afterBody = false; // the last thing read was a body's or a place's name
            boolean runAfterBody = false;
            int beforeComma = -1; // the run a comma closed, in case nothing name-like follows the comma
            int beforeCommaEnd = -1;
            while (j < toks.size()) {
                Token tok = toks.get(j);
                String gap = text.substring(prevEnd, tok.begin());
                boolean comma = COMMA_GAP.matcher(gap).matches() && tok.capitalised() && names.titleAt(toks, j) == 0;
                // "Capt. Hasudungan": the period of an abbreviated title
                boolean abbreviation = PERIOD_GAP.matcher(gap).matches() && runStart < 0 && names.isTitleWord(toks.get(j - 1).text());
                // "Rosan P. Roeslani": the period of a middle initial
                boolean initial = gap.equals(". ") && runStart >= 0 && j - 1 > runStart && tok.capitalised()
                        && toks.get(j - 1).text().length() == 1 && Character.isUpperCase(toks.get(j - 1).text().charAt(0));
                if (!gap.isBlank() && !BRACKET_GAP.matcher(gap).matches() && !CLOSING_BRACKET_GAP.matcher(gap).matches() && !comma
                        && !abbreviation && !initial) {
                    break;
                }
                if (runStart >= 0 && PersonFinder.BRACKET_GAP.matcher(gap).matches()) {
                    break; // "Forum Relawan Amanat (Asep Maoshul …": a bracket ends the run
                }
                if (comma && runStart >= 0) {
                    // "pemimpin Atheist Republic, Armin Navabi": the words before the comma qualified the role
                    if (commaUsed) {
                        break;
                    }
                    beforeComma = runStart;
                    beforeCommaEnd = j;
                    runStart = -1;
                }
                commaUsed |= comma;
                Mention m = set.startingAt(tok.begin());
                if (m != null) {
                    if (m.entity().type() == EntityType.PERSON) {
                        person = m;
                        break;
                    }
                    runStart = -1;
                    afterRank = false;
                    afterBody = true;
                    j = NameShapes.indexAfter(toks, m.end());
                    prevEnd = m.end();
                    continue;
                }
                int tt = names.titleAt(toks, j);
                if (tt > 0 && tok.capitalised() && runStart < 0) {
                    if (!names.isHonorific(tok.text())) {
                        lastTitle = text.substring(tok.begin(), toks.get(j + tt - 1).end());
                        afterRank = names.isRank(lastTitle);
                    }
                    afterBody = false;
                    // "penasihat khusus Presiden Lula": the capitalised title is the next person's role
                    if (roleLowerCase && !gap.contains("(") && !names.isHonorific(tok.text())) {
                        roleBegin = tok.begin();
                        roleLowerCase = false;
                    }
                    j += tt;
                    prevEnd = toks.get(j - 1).end();
                    continue;
                }
                boolean particle = runStart >= 0 && (names.isArticleJoinedName(tok.text())
                        || names.isParticle(tok.text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised());
                if ((tok.capitalised() && !names.isCalendarWord(tok.text())) || particle) {
                    if (runStart < 0) {
                        runStart = j;
                        wholeRunIsName = comma || afterRank;
                        runAfterBody = afterBody && !comma;
                    }
                    j++;
                    prevEnd = tok.end();
                    continue;
                }
                if (names.isConnector(tok.text()) && runStart < 0 && j + 1 < toks.size() && toks.get(j + 1).capitalised()) {
                    j++;
                    prevEnd = tok.end();
                    continue;
                }
                break;
            }
            if (person != null && runStart >= 0 && !person.surface().contains(" ")) {
                // "Cyrus Vance" is not the "Vance" the knowledge base knows: an unknown given name comes first,
                // and the name may go on past the known word ("Raden Prabowo Argo Yuwono")
                int after = NameShapes.indexAfter(toks, person.end());
                int end = person.end();
                for (int k = after; k < toks.size() && k < after + 2 && NameShapes.joined(text, toks, k - 1, k)
                        && toks.get(k).capitalised() && set.covering(toks.get(k).begin()) == null && names.titleAt(toks, k) == 0
                        && !names.isCommonWord(toks.get(k).text()) && !names.isCalendarWord(toks.get(k).text()); k++) {
                    end = toks.get(k).end();
                }
                // the given name starts the full name; without one, only the word right before the known one does
                // ("Kepala Dinas Konservasi Borobudur Marsis Sutopo": Marsis Sutopo, not the office's words)
                int known = NameShapes.indexAfter(toks, person.begin());
                int from = runStart;
                boolean ordinary = false;
                boolean body = false;
                for (int k = runStart; k < known; k++) {
                    ordinary |= names.isCommonWord(toks.get(k).text()) && !names.isGivenName(toks.get(k).text());
                    body |= names.orgHeadAt(toks, k) > 0;
                }
                if (body) {
                    // "Deputi Pengamanan Sinyal Lembaga Sandi Negara": the known short name is a word of a body's name
                    set.remove(person);
                    continue;
                }
                if (known - runStart > 2 || ordinary) {
                    // a longer run, or one holding an ordinary word, ends a role: the name starts at a given name
                    from = -1;
                    for (int k = runStart; k < known && from < 0; k++) {
                        from = names.opensName(toks.get(k).text()) ? k : -1;
                    }
                    from = from >= 0 ? from : Math.max(runStart, known - 1);
                    if (names.isCommonWord(toks.get(from).text()) && !names.isGivenName(toks.get(from).text())) {
                        from = known; // an ordinary word before the known name is the role's, not the name's
                    }
                }
                Mention full = from < known ? set.replacePerson(text, toks.get(from).begin(), end, person, index) : null;
                person = full != null ? full : person;
            }
            int runEnd = j;
            if (person == null && runStart < 0 && beforeComma >= 0) {
                // "ujar Wakapolda Metro Jaya Brigjen Suntana, Sabtu (5/11)": the run before the comma was the name
                runStart = beforeComma;
                runEnd = beforeCommaEnd;
            }
            // "Gubernur Hamedan": one word after a title over a place is the place
            boolean oneWordAfterJurisdiction = runStart >= 0 && runEnd - runStart == 1 && names.isJurisdictionTitle(lastTitle)
                    && !names.isGivenName(toks.get(runStart).text());
            Mention named = person != null ? person
                    : runStart >= 0 && !oneWordAfterJurisdiction ? personFromRun(text, toks, runStart, runEnd, wholeRunIsName, runAfterBody, set) : null;
            if (named != null) {
                String role = withoutHonorifics(role(text, roleBegin, named.begin()));
                if (!role.isEmpty()) {
                    roles.add(new StatedRole(named.entity(), role));
                }
            }
            i = Math.max(i, j - 1); // titles inside this phrase ("Menteri" in "Wakil Menteri") start nothing new
        }
    }
    /** The name at the end of a run of capitalised words: at most three words, none of them a head word. */
    private Mention personFromRun(String text, List<Token> toks, int from, int to, boolean wholeRunIsName, boolean afterBody,
            MentionSet set) {
        if (to < toks.size() && DEMONSTRATIVES.contains(toks.get(to).text().toLowerCase(Locale.ROOT))) {
            return null; // "pemimpin Atheist Republic itu": a described thing, not a name
        }
        if (SHORT_NAME_AFTER.matcher(text).region(toks.get(to - 1).end(), text.length()).lookingAt()
                && java.util.stream.IntStream.range(from, to).anyMatch(k -> names.orgHeadAt(toks, k) > 0)) {
            return null; // "Direktur Utama PT Jasa Tol Kencana (JTK) Budi": a body and its short name; the person comes after
        }
        // "Metro Jaya Brigjen Suntana", "Direktur Pemasaran Pak Koeshartono": a title or an honorific inside the
        // run starts the name anew, and after a rank or an honorific the words are all the name
        for (int k = to - 2; k >= from; k--) {
            int t = names.titleAt(toks, k);
            if (t > 0 && k + t < to) {
                String title = text.substring(toks.get(k).begin(), toks.get(k + t - 1).end());
                wholeRunIsName |= names.isRank(title) || names.isHonorific(title);
                from = k + t;
                break;
            }
        }
        // "Menteri Komunikasi dan Informatika Rudiantara": ordinary words before the name belong to the role; two
        // words right after a body are a name that borrows an ordinary word ("Kementerian Perdagangan Oke Nurwan")
        while (from < to - 1 && names.isCommonWord(toks.get(from).text()) && !names.isGivenName(toks.get(from).text())
                && !(afterBody && to - from == 2)) {
            from++;
        }
        // "Koordinator Kontras Haris Azhar": words before a known given name qualify the role; after a comma or a
        // rank the role is over, so the whole run is the name ("Anggota DPR, Elnino Husein Mohi", "Kombes Abiyoso Seno Aji")
        for (int k = from + 1; k < to - 1 && !wholeRunIsName; k++) {
            if (names.opensName(toks.get(k).text()) && !names.opensName(toks.get(from).text())) {
                from = k;
                break;
            }
        }
        // long Arabic and Dutch names keep their particles: "Osama bin Mohammed Abdullah Al Shuaibi"
        boolean longName = to - from <= 6 && names.isGivenName(toks.get(from).text())
                && toks.subList(from, to).stream().anyMatch(t -> names.isParticle(t.text()));
        // a four-word name that opens with a given name and holds no ordinary word: "Raden Prabowo Argo Yuwono"
        boolean fourWords = to - from == 4 && names.isGivenName(toks.get(from).text())
                && toks.subList(from, to).stream().noneMatch(t -> names.isCommonWord(t.text()));
        int start = to - from > 3 && !longName && !fourWords ? longRunStart(toks, from, to) : from;
        for (int k = start; k < to; k++) {
            if (names.orgHeadAt(toks, k) > 0 || (names.isTitleWord(toks.get(k).text()) && !shapes.closingHonorific(toks, start, to, k))) {
                return null;
            }
        }
        List<Token> name = toks.subList(start, to);
        // one word after a title is a name only if it is no ordinary word ("Dirjen Imigrasi" is an office,
        // "Menkominfo Rudiantara" a person)
        if (names.isParticle(name.get(0).text()) || !shapes.plausibleCuedName(text, toks, start, to)) {
            return null;
        }
        // a single name needs to look like one: a known given name, or a longer word that is no ordinary word
        if (name.size() == 1 && (!names.isGivenName(name.get(0).text()) && name.get(0).text().length() < 5 || names.orgTailAt(name, 0) > 0)) {
            return null;
        }
        // "Dirjen Perundang - undangan …": a word whose compound goes on in a long lower-case word is no name (a Korean
        // name's short syllable is: "Bae Jin - young")
        if (LOWER_CASE_COMPOUND.matcher(text).region(name.get(name.size() - 1).end(), text.length()).lookingAt()) {
            return null;
        }
        // "Kepala Bidang Kedokteran dan Kesehatan …": a noun made with ke-…-an or pe-…-an names a field, not a person
        if (name.size() == 1 && DERIVED_NOUN.matcher(name.get(0).text()).matches() && !names.isGivenName(name.get(0).text())) {
            return null;
        }
        return set.add(text, name.get(0).begin(), name.get(name.size() - 1).end(), EntityType.PERSON, index);
    }
    /**
     * Where the name starts in a run of more than three capitalised words: at a given or East Asian family name
     * among its last three words ("Direktur Vietjet Air Nguyen Thanh Hung"), else two words from its end.
     */
    private int longRunStart(List<Token> toks, int from, int to) {
        if (to - from <= 5 && List.of("I", "Ni").contains(toks.get(from).text())) {
            return from; // Balinese names open with I or Ni: "I Gusti Agung Wesaka Puja"
        }
        for (int k = Math.max(from, to - 3); k < to - 1; k++) {
            if (names.opensName(toks.get(k).text())) {
                return k;
            }
        }
        return to - 2;
    }
    /** "Profesor Dr." or "Dato Dr" say how to address a person, not what the person does. */
    private String withoutHonorifics(String role) {
        List<Token> toks = Token.of(role, 0, role.length());
        int end = toks.size();
        while (end > 0) {
            if (names.isHonorific(toks.get(end - 1).text())) {
                end--;
            } else if (end > 1 && names.isHonorific(toks.get(end - 2).text() + " " + toks.get(end - 1).text())) {
                end -= 2; // "Datuk Seri", "Tan Sri"
            } else {
                break;
            }
        }
        if (end == toks.size()) {
            return role;
        }
        return end == 0 ? "" : role(role, 0, toks.get(end - 1).end());
    }
    private static String role(String text, int begin, int end) {
        String role = text.substring(begin, end).strip().replaceAll("[\\s,(]+$", "");
        int open = role.lastIndexOf('(');
        if (open >= 0 && role.indexOf(')', open) < 0) {
            role = role + ")"; // "Ketua Umum Majelis Ulama Indonesia (Ketum MUI" ends at the name, inside the brackets
        }
        return role;
    }
}
