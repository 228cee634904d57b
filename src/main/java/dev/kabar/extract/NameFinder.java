package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people and organisations the knowledge base does not know, from their context: a title or role
 * before a name ("Menteri Luar Negeri Turki Hakan Fidan"), an organisation head word ("Kementerian
 * Kesehatan Gaza"), an attribution ("kata Budi Santoso"), an acronym defined in brackets. Also records the
 * role each person is given ("Wakil Menteri Luar Negeri Rusia"). Known names (gazetteer mentions) keep
 * their entities; a discovered organisation name that contains known names replaces them.
 */
public final class NameFinder {
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,?\\s*(?:yang (?:merupakan|juga|adalah|menjabat(?: sebagai)?)|selaku|sebagai)\\s+([^,.;:\"“”()]{3,90})");
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("itu", "tersebut", "ini");
    private static final Pattern AFFILIATION = Pattern.compile(
            "\\s*\\(((?:[\\p{Lu}][\\p{L}\\d&.-]*)(?: [\\p{Lu}][\\p{L}\\d&.-]*){0,3})\\)");
    private static final Pattern BRACKET_GAP = Pattern.compile("\\s*\\(\\s*");

    /** What discovery adds: all mentions (known and new, without overlaps) and the roles stated. */
    public record Result(List<Mention> mentions, List<StatedRole> roles) {
    }

    private final NameLexicon names;
    private final EntityIndex index;
    private final SpeechLexicon speech;

    public NameFinder(NameLexicon names, EntityIndex index, SpeechLexicon speech) {
        this.names = names;
        this.index = index;
        this.speech = speech;
    }

    public Result find(String text, List<Sentence> sentences, List<Mention> known) {
        MentionSet set = new MentionSet(known);
        List<StatedRole> roles = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> toks = Token.of(text, s.begin(), s.end());
            if (isHeadline(text, s, toks)) {
                continue; // in a headline every word is capitalised, so capitals say nothing about names
            }
            people(text, toks, set, roles);
            organisations(text, toks, set);
            namesBeforeRoles(text, toks, set, roles);
            tailedOrganisations(text, toks, set);
            nameShapedRuns(text, toks, set);
            speakers(text, toks, set);
        }
        set.addAcronymMentions(text);
        affiliations(text, set);
        appositions(text, set, roles);
        return new Result(set.sorted(), roles.stream().distinct().toList());
    }

    /** A short line without a final period, most of its longer words capitalised. */
    static boolean isHeadline(String text, Sentence s, List<Token> toks) {
        return toks.size() <= 20 && text.charAt(s.end() - 1) != '.' && titleCase(toks);
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

    /** Title phrase, then qualifiers (organisations, countries, more titles), then the name. */
    private void people(String text, List<Token> toks, MentionSet set, List<StatedRole> roles) {
        for (int i = 0; i < toks.size(); i++) {
            int t = names.titleAt(toks, i);
            // "Jenderal" in "Konsulat Jenderal" belongs to an organisation's name, not to a person's title
            if (t == 0 || set.covering(toks.get(i).begin()) != null || (i > 0 && names.orgHeadAt(toks, i - 1) > 1)) {
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
            while (j < toks.size()) {
                Token tok = toks.get(j);
                String gap = text.substring(prevEnd, tok.begin());
                boolean comma = gap.matches("\\s*,\\s*") && tok.capitalised() && names.titleAt(toks, j) == 0;
                // "Capt. Hasudungan": the period of an abbreviated title
                boolean abbreviation = gap.matches("\\.\\s+") && runStart < 0 && names.isTitleWord(toks.get(j - 1).text());
                if (!gap.isBlank() && !BRACKET_GAP.matcher(gap).matches() && !gap.matches("\\s*\\)\\s*") && !comma
                        && !abbreviation) {
                    break;
                }
                if (runStart >= 0 && BRACKET_GAP.matcher(gap).matches()) {
                    break; // "Forum Relawan Amanat (Asep Maoshul …": a bracket ends the run
                }
                if (comma && runStart >= 0) {
                    // "pemimpin Atheist Republic, Armin Navabi": the words before the comma qualified the role
                    if (commaUsed) {
                        break;
                    }
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
                    j = indexAfter(toks, m.end());
                    prevEnd = m.end();
                    continue;
                }
                int tt = names.titleAt(toks, j);
                if (tt > 0 && tok.capitalised() && runStart < 0) {
                    if (!names.isHonorific(tok.text())) {
                        lastTitle = text.substring(tok.begin(), toks.get(j + tt - 1).end());
                    }
                    // "utusan khusus Presiden Putin": the capitalised title is the next person's role
                    if (roleLowerCase && !gap.contains("(") && !names.isHonorific(tok.text())) {
                        roleBegin = tok.begin();
                        roleLowerCase = false;
                    }
                    j += tt;
                    prevEnd = toks.get(j - 1).end();
                    continue;
                }
                boolean particle = names.isParticle(tok.text()) && runStart >= 0 && j + 1 < toks.size()
                        && toks.get(j + 1).capitalised();
                if ((tok.capitalised() && !names.isCalendarWord(tok.text())) || particle) {
                    if (runStart < 0) {
                        runStart = j;
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
                // "Cyrus Vance" is not the "Vance" the knowledge base knows: an unknown given name comes first
                Mention full = set.replacePerson(text, toks.get(runStart).begin(), person, index);
                person = full != null ? full : person;
            }
            // "Gubernur Hamedan": one word after a title over a place is the place
            boolean oneWordAfterJurisdiction = runStart >= 0 && j - runStart == 1 && names.isJurisdictionTitle(lastTitle)
                    && !names.isGivenName(toks.get(runStart).text());
            Mention named = person != null ? person
                    : runStart >= 0 && !oneWordAfterJurisdiction ? personFromRun(text, toks, runStart, j, set) : null;
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
    private Mention personFromRun(String text, List<Token> toks, int from, int to, MentionSet set) {
        if (to < toks.size() && DEMONSTRATIVES.contains(toks.get(to).text().toLowerCase(Locale.ROOT))) {
            return null; // "pemimpin Atheist Republic itu": a described thing, not a name
        }
        // "Menteri Komunikasi dan Informatika Rudiantara": ordinary words before the name belong to the role
        while (from < to - 1 && names.isCommonWord(toks.get(from).text()) && !names.isGivenName(toks.get(from).text())) {
            from++;
        }
        int start = to - from > 3 ? to - 2 : from;
        for (int k = start; k < to; k++) {
            if (names.orgHeadAt(toks, k) > 0 || names.isTitleWord(toks.get(k).text())) {
                return null;
            }
        }
        List<Token> name = toks.subList(start, to);
        // one word after a title is a name only if it is no ordinary word ("Dirjen Imigrasi" is an office,
        // "Menkominfo Rudiantara" a person)
        if (names.isParticle(name.get(0).text()) || !plausiblePersonName(text, toks, start, to)) {
            return null;
        }
        // a single name needs to look like one: a known given name, or a longer word that is no ordinary word
        if (name.size() == 1 && !names.isGivenName(name.get(0).text()) && name.get(0).text().length() < 5) {
            return null;
        }
        return set.add(text, name.get(0).begin(), name.get(name.size() - 1).end(), EntityType.PERSON, index);
    }

    /** Head word ("Kementerian", "Partai", "Front" …) and what follows it, absorbing known names. */
    private void organisations(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token head = toks.get(i);
            Mention known = set.startingAt(head.begin());
            int h = names.orgHeadAt(toks, i);
            if (h == 0 || !head.capitalised()
                    || (known != null && known.entity().type() != EntityType.ORGANIZATION)) {
                continue;
            }
            int j = known != null ? indexAfter(toks, known.end()) : i + h;
            int end = known != null ? known.end() : toks.get(j - 1).end();
            StringBuilder name = new StringBuilder(text.substring(head.begin(), end));
            String acronym = null;
            int acronymBegin = -1;
            int extra = 0;
            while (j < toks.size()) {
                Token tok = toks.get(j);
                String gap = text.substring(end, tok.begin());
                if (acronym == null && BRACKET_GAP.matcher(gap).matches() && isAcronymLike(tok)
                        && text.startsWith(")", skipSpaces(text, tok.end()))) {
                    acronym = tok.text();
                    acronymBegin = tok.begin();
                    end = skipSpaces(text, tok.end()) + 1;
                    j++;
                    continue;
                }
                if (!gap.isBlank()) {
                    break;
                }
                Mention m = set.startingAt(tok.begin());
                if (m != null) {
                    // a person or another organisation ends this name ("Liga Spanyol" + "Real Madrid")
                    if (m.entity().type() == EntityType.PERSON || m.entity().type() == EntityType.ORGANIZATION) {
                        break;
                    }
                    name.append(' ').append(m.surface());
                    end = m.end();
                    j = indexAfter(toks, m.end());
                    extra++;
                    continue;
                }
                // "Kementerian Kelautan dan Perikanan" joins; "Pemprov Jawa Tengah dan Pemkot Solo" is two names
                boolean connector = names.isConnector(tok.text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised()
                        && names.orgHeadAt(toks, j + 1) == 0 && set.startingAt(toks.get(j + 1).begin()) == null;
                if ((tok.capitalised() && !names.isCalendarWord(tok.text()) && names.titleAt(toks, j) == 0) || connector) {
                    name.append(' ').append(tok.text());
                    end = tok.end();
                    j++;
                    extra++;
                    continue;
                }
                break;
            }
            // a name never ends on a connector
            String trimmed = name.toString().replaceAll("(?iu)(\\s+(dan|untuk|bagi|urusan|bidang|atas|&))+$", "");
            if (trimmed.length() < name.length()) {
                end -= name.length() - trimmed.length();
                name.setLength(trimmed.length());
                extra--;
            }
            Entity org = known != null ? known.entity() : null;
            if (extra > 0 || (known == null && h < j - i)) {
                Mention added = set.add(text, head.begin(), end, EntityType.ORGANIZATION, index, name.toString());
                org = added != null ? added.entity() : org;
            }
            if (org != null && acronym != null) {
                set.defineAcronym(acronym, acronymBegin, org);
            }
            i = Math.max(i, j - 1);
        }
    }

    /** "Zbigniew Brzezinski, penasihat keamanan …": a name at a clause start followed by a comma and a role. */
    private void namesBeforeRoles(String text, List<Token> toks, MentionSet set, List<StatedRole> roles) {
        for (int i = 0; i < toks.size(); i++) {
            boolean clauseStart = i == 0 || text.substring(toks.get(i - 1).end(), toks.get(i).begin()).matches(".*[,;(\"“].*");
            if (!clauseStart || !toks.get(i).capitalised() || set.covering(toks.get(i).begin()) != null
                    || names.titleAt(toks, i) > 0 || names.orgHeadAt(toks, i) > 0) {
                continue;
            }
            int j = i;
            while (j < toks.size() && j - i < 3 && toks.get(j).capitalised() && !toks.get(j).acronym()
                    && set.covering(toks.get(j).begin()) == null && !names.isCalendarWord(toks.get(j).text())
                    && (j == i || text.substring(toks.get(j - 1).end(), toks.get(j).begin()).equals(" "))) {
                j++;
            }
            if (j - i < 2 || j >= toks.size() || !text.substring(toks.get(j - 1).end(), toks.get(j).begin()).matches("\\s*,\\s*")
                    || names.titleAt(toks, j) == 0 || !plausiblePersonName(text, toks, i, j)) {
                continue;
            }
            Mention m = set.add(text, toks.get(i).begin(), toks.get(j - 1).end(), EntityType.PERSON, index);
            if (m != null) {
                String role = rolePhrase(text.substring(toks.get(j).begin(), Math.min(text.length(), toks.get(j).begin() + 120)));
                if (role != null) {
                    roles.add(new StatedRole(m.entity(), role));
                }
            }
            i = j;
        }
    }

    /**
     * Organisations marked by a tail or a club prefix: "Shiraz Projects Sdn Bhd", "JAS Kapital", "Reading FC",
     * "SC Cambuur". The name is the capitalised words (acronyms too) joined to the tail or after the prefix.
     */
    private void tailedOrganisations(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            int tail = names.orgTailAt(toks, i);
            if (tail > 0 && set.covering(toks.get(i).begin()) == null) {
                int from = i;
                while (from > 0 && i - from < 4 && joined(text, toks, from - 1, from)
                        && (toks.get(from - 1).capitalised() || toks.get(from - 1).acronym())
                        && set.covering(toks.get(from - 1).begin()) == null && names.titleAt(toks, from - 1) == 0
                        && !names.isCommonLocalWord(toks.get(from - 1).text())) {
                    from--;
                }
                if (from < i) {
                    set.add(text, toks.get(from).begin(), toks.get(i + tail - 1).end(), EntityType.ORGANIZATION, index);
                }
                i += tail - 1;
            } else if (names.isOrgPrefix(toks.get(i).text()) && i + 1 < toks.size() && joined(text, toks, i, i + 1)
                    && toks.get(i + 1).capitalised() && set.covering(toks.get(i).begin()) == null) {
                int to = i + 1;
                while (to + 1 < toks.size() && to - i < 3 && joined(text, toks, to, to + 1) && toks.get(to + 1).capitalised()
                        && set.covering(toks.get(to + 1).begin()) == null) {
                    to++;
                }
                set.add(text, toks.get(i).begin(), toks.get(to).end(), EntityType.ORGANIZATION, index);
                i = to;
            }
        }
    }

    private static boolean joined(String text, List<Token> toks, int a, int b) {
        return text.substring(toks.get(a).end(), toks.get(b).begin()).equals(" ");
    }

    /**
     * People with no cue but their name: a run of two to four capitalised words that starts with a known
     * given name ("Tontowi Ahmad", "Taylor Swift") or an East Asian family name ("Zheng Siwei"), or that holds
     * no ordinary word at all. Runs with an organisation head word, a number after them ("Sheila On 7") or
     * an ordinary last word ("… Group") are left alone.
     */
    private void nameShapedRuns(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token first = toks.get(i);
            if (!first.capitalised() || first.acronym() || set.covering(first.begin()) != null
                    || names.titleAt(toks, i) > 0 || names.isCalendarWord(first.text())) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && j - i < 5) {
                Token t = toks.get(j);
                String gap = text.substring(toks.get(j - 1).end(), t.begin());
                boolean particle = names.isParticle(t.text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised();
                if (!gap.equals(" ") || !(t.capitalised() || particle) || t.acronym() || set.covering(t.begin()) != null
                        || names.isCalendarWord(t.text()) || names.titleAt(toks, j) > 0) {
                    break;
                }
                j++;
            }
            boolean numberAfter = j < toks.size() && Character.isDigit(toks.get(j).text().charAt(0))
                    && text.substring(toks.get(j - 1).end(), toks.get(j).begin()).equals(" ");
            // "Sebelumnya Gomez", "Selain Evan": a capitalised sentence word is not part of the name
            int start = i;
            while (start < j && names.isCommonWord(toks.get(start).text()) && !names.isGivenName(toks.get(start).text())
                    && !names.isFamilyFirst(toks.get(start).text())) {
                start++;
            }
            boolean nameStart = start < j && (names.isGivenName(toks.get(start).text()) || names.isFamilyFirst(toks.get(start).text()));
            if (j - start >= 2 && j - start <= 4 && !numberAfter && (nameStart || start > 0)
                    && plausiblePersonName(text, toks, start, j)) {
                set.add(text, toks.get(start).begin(), toks.get(j - 1).end(), EntityType.PERSON, index);
            }
            i = j - 1;
        }
    }

    /**
     * Whether the words [from, to) can be a person's name: no digits, acronyms, head words, titles or calendar
     * words, no number or organisation tail right after ("Sheila On 7", "Bhayangkara FC"), not after a place
     * word ("Bandara Ngurah Rai"); and either a known given name first, or no ordinary word at all.
     */
    private boolean plausiblePersonName(String text, List<Token> toks, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.text().chars().anyMatch(Character::isDigit) || t.acronym() || t.text().length() < 2
                    || names.orgHeadAt(toks, k) > 0 || names.isTitleWord(t.text()) || names.isCalendarWord(t.text())) {
                return false;
            }
        }
        if (names.isPlaceTail(toks.get(to - 1).text())) {
            return false;
        }
        if (to < toks.size() && text.substring(toks.get(to - 1).end(), toks.get(to).begin()).equals(" ")
                && (Character.isDigit(toks.get(to).text().charAt(0)) || names.orgTailAt(toks, to) > 0)) {
            return false;
        }
        if ((from > 0 && names.isPlaceHead(toks.get(from - 1).text()))
                || (from > 1 && names.isPlaceHead(toks.get(from - 2).text() + " " + toks.get(from - 1).text()))) {
            return false; // "Bandara Ngurah Rai", "Bandar Udara Adi Sucipto"
        }
        Token first = toks.get(from);
        if (names.isGivenName(first.text()) || names.isFamilyFirst(first.text())) {
            // "Agung Sedayu Group" ends in an ordinary word; "Mohammad Amin" ends in another given name
            Token last = toks.get(to - 1);
            return to - from == 1 || !names.isCommonWord(last.text()) || names.isGivenName(last.text());
        }
        for (int k = from; k < to; k++) {
            if (names.isCommonWord(toks.get(k).text()) && !names.isParticle(toks.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasHeadWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (names.orgHeadAt(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "…," kata Budi Santoso / Menurut Budi Santoso, / Budi Santoso mengatakan … */
    private void speakers(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token tok = toks.get(i);
            String word = tok.text().toLowerCase(Locale.ROOT);
            boolean after = (speech.isDirect(word) && !word.endsWith("nya")) || word.equals("menurut");
            if (after) {
                int j = i + 1;
                while (j < toks.size() && j - i <= 3 && toks.get(j).capitalised() && set.covering(toks.get(j).begin()) == null
                        && !names.isCalendarWord(toks.get(j).text()) && names.titleAt(toks, j) == 0
                        && text.substring(toks.get(j - 1).end(), toks.get(j).begin()).isBlank()) {
                    j++;
                }
                if (j > i + 1 && names.orgHeadAt(toks, i + 1) > 0) {
                    set.add(text, toks.get(i + 1).begin(), toks.get(j - 1).end(), EntityType.ORGANIZATION, index);
                } else if (j > i + 1 && plausiblePersonName(text, toks, i + 1, j)) {
                    set.add(text, toks.get(i + 1).begin(), toks.get(j - 1).end(), EntityType.PERSON, index);
                }
            }
            if (speech.isReported(word) && i >= 2) {
                int j = i - 1;
                while (j >= 0 && i - j <= 3 && toks.get(j).capitalised() && set.covering(toks.get(j).begin()) == null
                        && text.substring(toks.get(j).end(), toks.get(j + 1).begin()).isBlank()) {
                    j--;
                }
                int first = j + 1;
                if (i - first >= 2 && plausiblePersonName(text, toks, first, i)
                        && (first == 0 || text.substring(toks.get(first - 1).end(), toks.get(first).begin()).contains(","))) {
                    set.add(text, toks.get(first).begin(), toks.get(i - 1).end(), EntityType.PERSON, index);
                }
            }
        }
    }

    /** "Mohammad Amin (Bekraf)": the capitalised words in brackets right after a person name their organisation. */
    private void affiliations(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            Matcher a = AFFILIATION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
            if (a.lookingAt() && set.covering(a.start(1)) == null) {
                List<Token> toks = Token.of(text, a.start(1), a.end(1));
                if (toks.size() > 1 || !names.isCommonWord(toks.get(0).text())) {
                    set.add(text, a.start(1), a.end(1), EntityType.ORGANIZATION, index);
                }
            }
        }
    }

    /** "Bogdanov, yang merupakan utusan khusus Presiden …": a role after the name. */
    private void appositions(String text, MentionSet set, List<StatedRole> roles) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            Matcher a = APPOSITION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
            if (a.lookingAt()) {
                String role = rolePhrase(a.group(1).strip());
                if (role != null) {
                    roles.add(new StatedRole(m.entity(), role));
                }
            }
        }
    }

    /**
     * The role at the start of a phrase: a title, then capitalised words and connectors before capitalised
     * words ("utusan khusus Presiden Vladimir Putin untuk Timur Tengah"); null if it does not start with a title.
     */
    private String rolePhrase(String phrase) {
        List<Token> toks = Token.of(phrase, 0, phrase.length());
        int t = toks.isEmpty() ? 0 : names.titleAt(toks, 0);
        if (t == 0) {
            return null;
        }
        int j = t;
        while (j < toks.size() && (toks.get(j).capitalised() || names.titleAt(toks, j) > 0
                || (names.isConnector(toks.get(j).text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised()))) {
            j++;
        }
        return phrase.substring(0, toks.get(j - 1).end());
    }

    private static boolean isAcronymLike(Token t) {
        return t.text().length() <= 10 && Character.isUpperCase(t.text().charAt(0));
    }

    /** "Profesor Dr." or "Dato Dr" say how to address a person, not what the person does. */
    private String withoutHonorifics(String role) {
        List<Token> toks = Token.of(role, 0, role.length());
        int end = toks.size();
        while (end > 0 && names.isHonorific(toks.get(end - 1).text())) {
            end--;
        }
        if (end == toks.size()) {
            return role;
        }
        return end == 0 ? "" : role.substring(0, toks.get(end - 1).end()).replaceAll("[\\s,(]+$", "");
    }

    private static String role(String text, int begin, int end) {
        String role = text.substring(begin, end).strip().replaceAll("[\\s,(]+$", "");
        int open = role.lastIndexOf('(');
        if (open >= 0 && role.indexOf(')', open) < 0) {
            role = role + ")"; // "Ketua Umum Majelis Ulama Indonesia (Ketum MUI" ends at the name, inside the brackets
        }
        return role;
    }

    private static int indexAfter(List<Token> toks, int offset) {
        int k = 0;
        while (k < toks.size() && toks.get(k).begin() < offset) {
            k++;
        }
        return k;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static Comparator<Mention> byBegin() {
        return Comparator.comparingInt(Mention::begin);
    }
}
