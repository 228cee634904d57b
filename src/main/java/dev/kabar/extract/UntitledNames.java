package dev.kabar.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the knowledge base does not know and the text gives no role: a run of capitalised words shaped like a
 * name ("Tontowi Ahmad": a known given name first, no ordinary word), and the name an attribution introduces
 * ("kata Budi Santoso", "Budi Santoso mengatakan").
 */
final class UntitledNames {
    /** "…,” demikian Kaka kepada X": "demikian" right after a closing quotation names its speaker, like "kata". */
    private static final Pattern QUOTE_CLOSED = Pattern.compile("[\"”][,.]?\\s*$|,\\s*[\"”]\\s*$");
    /** "istrinya, Sarwendah, …", "anak saya, Jalu yang …": whose relative or aide, then the lone name. */
    private static final Pattern CLOSE_PERSON_BEFORE = Pattern.compile("(?iu)\\b(?:" + Appositions.KIN_WORDS
            + "|kekasih|pacar|sahabat|manajer|pengacara|asisten|ajudan|sopir)(?:nya|ku|\\s+(?:saya|kami|aku))\\s*,\\s*$");
    private static final Pattern APPOSITION_CLOSED = Pattern.compile("^(?:\\s*[,(]|\\s+yang\\b)");
    /** "kata Ihsar, manajer …", "dari Markoneng, manajer …": a word that introduces a name, the name, then a role. */
    private static final Pattern INTRODUCED_BEFORE = Pattern.compile(
            "(?iu)\\b(?:dari|oleh|kepada|menurut|kata|ujar|tutur|ungkap|jelas|tambah|imbuh|tegas|bersama|dengan)\\s+$");
    private static final Pattern KIN_AFTER = Pattern.compile("(?iu)^\\s*,\\s*(?:" + Appositions.KIN_WORDS + ")\\b");
    private final NameLexicon names;
    private final EntityIndex index;
    private final SpeechLexicon speech;
    private final NameShapes shapes;

    UntitledNames(NameLexicon names, EntityIndex index, SpeechLexicon speech, NameShapes shapes) {
        this.names = names;
        this.index = index;
        this.speech = speech;
        this.shapes = shapes;
    }

    /**
     * People with no cue but their name: a run of two to four capitalised words that starts with a known
     * given name ("Tontowi Ahmad", "Taylor Swift") or an East Asian family name ("Zheng Siwei"), or that holds
     * no ordinary word at all. Runs with an organisation head word, a number after them ("Sheila On 7") or
     * an ordinary last word ("… Group") are left alone.
     */
    void nameShapedRuns(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token first = toks.get(i);
            if (!first.capitalised() || first.acronym() || set.covering(first.begin()) != null
                    || names.titleAt(toks, i) > 0 || names.isCalendarWord(first.text())) {
                continue;
            }
            int j = i + 1;
            boolean withInitial = false;
            while (j < toks.size() && j - i < 5) {
                Token t = toks.get(j);
                String gap = text.substring(toks.get(j - 1).end(), t.begin());
                boolean initialGap = !gap.equals(" ") && afterInitial(text, toks, j, i);
                boolean particle = names.isArticleJoinedName(t.text())
                        || names.isParticle(t.text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised();
                if (!(gap.equals(" ") || initialGap) || !(t.capitalised() || particle) || t.acronym()
                        || set.covering(t.begin()) != null
                        || names.isCalendarWord(t.text()) || names.titleAt(toks, j) > 0) {
                    break;
                }
                withInitial |= initialGap;
                j++;
            }
            // "Jamie Vardy 78 '": a scorer with the minute of the goal is still a name
            boolean numberAfter = j < toks.size() && Character.isDigit(toks.get(j).text().charAt(0))
                    && text.substring(toks.get(j - 1).end(), toks.get(j).begin()).equals(" ")
                    && !NameShapes.minuteAt(text, toks.get(j).begin());
            // "Sebelumnya Gomez", "Selain Evan": a capitalised sentence word is not part of the name
            int start = i;
            while (start < j && names.isCommonWord(toks.get(start).text()) && !names.isGivenName(toks.get(start).text())
                    && !names.isFamilyFirst(toks.get(start).text())) {
                start++;
            }
            // "PT Persib Bandung Bermartabat Kuswara S. Taryono": before a name with an initial, an unknown word right
            // after a body's name ends that name
            Mention bodyBefore = start > 0 && start == i && withInitial ? set.covering(toks.get(start - 1).begin()) : null;
            if (bodyBefore != null && bodyBefore.entity().type() == EntityType.ORGANIZATION && j - start >= 3
                    && text.substring(bodyBefore.end(), toks.get(start).begin()).equals(" ") && !names.isGivenName(toks.get(start).text())) {
                start++;
            }
            if (start == i && start > 2 && toks.get(start - 1).text().equals("di") && !names.opensName(toks.get(start).text())
                    && roleBefore(toks, start - 1)) {
                // "tokoh masyarakat di Kuranji Hasan Basri Ibrahim": where the person is from, then the person
                for (int k = start + 1; k + 2 <= j; k++) {
                    if (names.isGivenName(toks.get(k).text())) {
                        start = k;
                        break;
                    }
                }
            }
            boolean nameStart = start < j && names.opensName(toks.get(start).text());
            if (j - start >= 2 && j - start <= 4 && !numberAfter && (nameStart || start > 0)
                    && shapes.plausiblePersonName(text, toks, start, j)) {
                set.add(text, toks.get(start).begin(), toks.get(j - 1).end(), EntityType.PERSON, index);
            }
            i = j - 1;
        }
    }
    /** "tokoh masyarakat di", "warga di": a lower-case role, perhaps with one word more, right before {@code at}. */
    private boolean roleBefore(List<Token> toks, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            if (!toks.get(k).capitalised() && names.titleAt(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "…," kata Budi Santoso / Menurut Budi Santoso, / Budi Santoso mengatakan … */
    void speakers(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token tok = toks.get(i);
            String word = tok.text().toLowerCase(Locale.ROOT);
            boolean after = (speech.isDirect(word) && !word.endsWith("nya")) || word.equals("menurut")
                    || (word.equals("demikian") && QUOTE_CLOSED.matcher(text.substring(Math.max(0, tok.begin() - 4), tok.begin())).find());
            if (after) {
                int j = i + 1;
                int initials = 0; // "Bambang P. S. Brodjonegoro": initials do not count towards the name's three words
                while (j < toks.size() && j - i - initials <= 3 && toks.get(j).capitalised() && set.covering(toks.get(j).begin()) == null
                        && !names.isCalendarWord(toks.get(j).text()) && names.titleAt(toks, j) == 0
                        && (text.substring(toks.get(j - 1).end(), toks.get(j).begin()).isBlank() || afterInitial(text, toks, j, i + 1))) {
                    initials += toks.get(j).text().length() == 1 ? 1 : 0;
                    j++;
                }
                if (j > i + 1 && names.orgHeadAt(toks, i + 1) > 0) {
                    set.add(text, toks.get(i + 1).begin(), toks.get(j - 1).end(), EntityType.ORGANIZATION, index);
                } else if (j > i + 1 && shapes.plausibleCuedName(text, toks, i + 1, j)) {
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
                boolean afterComma = first > 0 && text.substring(toks.get(first - 1).end(), toks.get(first).begin()).contains(",");
                if (i - first >= 2 && shapes.plausiblePersonName(text, toks, first, i) && (first == 0 || afterComma)) {
                    set.add(text, toks.get(first).begin(), toks.get(i - 1).end(), EntityType.PERSON, index);
                } else if (i - first == 1 && afterComma && loneName(toks.get(first))) {
                    // "Warga lainnya, Kusworo mengaku …": one name word after a comma, then the speech verb
                    set.add(text, toks.get(first).begin(), toks.get(first).end(), EntityType.PERSON, index);
                }
            }
        }
    }

    /**
     * One name word set off by commas, with what makes it a person right beside it: whose relative or aide it is
     * before it ("istrinya, Sarwendah,") or, after a word that introduces a name, a role or kinship after it
     * ("kata Ihsar, manajer Abby", "dari Markoneng, manajer …").
     */
    void loneAppositions(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.capitalised() || !(NearestMark.isBefore(text, 0, t.begin(), ',') || NearestMark.isAfter(text, t.end(), ',')) || set.covering(t.begin()) != null || !loneName(t)) {
                continue;
            }
            String before = text.substring(Math.max(0, t.begin() - 40), t.begin());
            String after = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
            boolean nextCapitalised = i + 1 < toks.size() && toks.get(i + 1).capitalised()
                    && text.substring(t.end(), toks.get(i + 1).begin()).equals(" ");
            if (nextCapitalised) {
                continue; // a longer name is someone else's rules'
            }
            boolean kinBefore = CLOSE_PERSON_BEFORE.matcher(before).find() && APPOSITION_CLOSED.matcher(after).find();
            Matcher introduced = INTRODUCED_BEFORE.matcher(before);
            // "dari Purwokerto, Kepala Stasiun …": after "dari" a place is as likely, and a capital starts a new subject
            boolean roleAfter = introduced.find() && i + 1 < toks.size()
                    && text.substring(t.end(), toks.get(i + 1).begin()).strip().equals(",")
                    && (names.titleAt(toks, i + 1) > 0 || KIN_AFTER.matcher(after).find())
                    && !(introduced.group().strip().equalsIgnoreCase("dari") && toks.get(i + 1).capitalised());
            if (kinBefore || roleAfter) {
                set.add(text, t.begin(), t.end(), EntityType.PERSON, index);
            }
        }
    }

    /**
     * "Johnny G. Plate", "Bambang P. S. Brodjonegoro": the period of a middle initial, after the run's first word,
     * between token {@code j - 1} and token {@code j}.
     */
    private static boolean afterInitial(String text, List<Token> toks, int j, int runStart) {
        Token initial = toks.get(j - 1);
        // "Alkes I. Siti …": "I" is more often a Roman numeral that ends a name than an initial inside one
        return j - 1 > runStart && initial.text().length() == 1 && Character.isUpperCase(initial.text().charAt(0))
                && !initial.text().equals("I")
                && text.startsWith(". ", initial.end()) && initial.end() + 2 == toks.get(j).begin();
    }

    /** One word that can be a whole name: no acronym, ordinary, English, calendar or title word, not too short. */
    private boolean loneName(Token t) {
        String w = t.text();
        return w.length() >= 4 && !t.acronym() && !names.isCommonWord(w) && !names.isEnglishWord(w)
                && !names.isCalendarWord(w) && !names.isTitleWord(w) && w.chars().allMatch(Character::isLetter)
                && w.substring(1).chars().noneMatch(Character::isUpperCase); // "GeoNet", "BenQ": brands
    }
}
