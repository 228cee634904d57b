package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles written after a name: a name at a clause start followed by a comma and a role ("Zbigniew Brzezinski,
 * penasihat keamanan …", which also finds the name), and appositions ("Siregar, yang merupakan penasihat …").
 */
final class RolesAfterNames {
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,?\\s*(?:yang (?:merupakan|juga|adalah|menjabat(?: sebagai)?)|selaku|sebagai)\\s+([^,.;:\"“”()]{3,90})");
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");
    /** "Kiswinar Ario Teguh, putra motivator …": a kinship after the comma describes a person as a role does. */
    private static final Pattern KIN = Pattern.compile("(?iu)(?:" + Appositions.KIN_WORDS + ")(?:nya)?");

    private final NameLexicon names;
    private final EntityIndex index;
    private final NameShapes shapes;

    RolesAfterNames(NameLexicon names, EntityIndex index, NameShapes shapes) {
        this.names = names;
        this.index = index;
        this.shapes = shapes;
    }

    /** "Zbigniew Brzezinski, penasihat keamanan …": a name at a clause start followed by a comma and a role. */
    void namesBeforeRoles(String text, List<Token> toks, MentionSet set, List<StatedRole> roles) {
        for (int i = 0; i < toks.size(); i++) {
            boolean clauseStart = i == 0 || clauseGap(text, toks.get(i - 1).end(), toks.get(i).begin());
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
            if (j - i < 2 || j >= toks.size() || !COMMA_GAP.matcher(text.substring(toks.get(j - 1).end(), toks.get(j).begin())).matches()
                    || names.titleAt(toks, j) == 0 && !KIN.matcher(toks.get(j).text()).matches() || !shapes.plausiblePersonName(text, toks, i, j)) {
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
    /** "Siregar, yang merupakan penasihat khusus Gubernur …": a role after the name. */
    void appositions(String text, MentionSet set, List<StatedRole> roles) {
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
     * words ("penasihat khusus Presiden Lula da Silva untuk urusan Afrika"); null if it does not start with a title.
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

    /**
     * Whether the gap between two words opens a clause: a comma, semicolon, bracket or quotation mark on one line
     * (what {@code .*[,;(\"“].*} matches, without building the gap for every word of every sentence).
     */
    private static boolean clauseGap(String text, int from, int to) {
        boolean mark = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            mark |= c == ',' || c == ';' || c == '(' || c == '"' || c == '“';
        }
        return mark;
    }
}
