package dev.kabar.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The office holder named right after a body nobody knows, in an attribution: "kata Kepala Dinas Pertanian
 * Singkawang Yusnita Fitriadi", "ujar Direktur Pemasaran PT HPM Jonfis Fandy". There a person must be named, and
 * the last two words that are no ordinary words (three when the first is a known given name) are that person, not
 * more of the body's name: a body's name is mostly ordinary words, places and acronyms.
 */
final class OfficerAfterBody {
    /** A direct speech verb, then only the office's words up to the body: "kata Kepala Dinas", "ujar Direktur Pemasaran dan …". */
    private static final Pattern SPEECH_BEFORE = Pattern.compile("(?u)(?<!\\p{L})(?i:kata|ujar|ucap|tutur|jelas|ungkap|terang|"
            + "imbuh|tambah|papar|sebut)(?:nya)?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+|(?:dan|untuk|bagi|bidang|urusan|&)\\s+){1,12}$");
    /** A reported speech verb right after the name: "… Yusnita Fitriadi mengatakan". */
    private static final Pattern SPEECH_AFTER = Pattern.compile("(?iu)\\s*,?\\s*(?:mengatakan|menyatakan|menjelaskan|"
            + "mengungkapkan|menuturkan|menegaskan|menyebut(?:kan)?|memaparkan|menambahkan|berkata|mengaku|menilai)(?!\\p{L})");
    private static final Set<String> REGIONS = Set.of("Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa");
    private final NameLexicon names;
    private final NameShapes shapes;

    OfficerAfterBody(NameLexicon names, NameShapes shapes) {
        this.names = names;
        this.shapes = shapes;
    }

    /**
     * Where the person starts among the body's words {@code [first, to)} (the head word before {@code first}), or
     * -1 when the words are all the body's.
     */
    int personStart(String text, List<Token> toks, int headBegin, int first, int to, MentionSet set) {
        int k = to;
        while (k - 1 > first && nameWord(toks, k - 1, set) && (k == to || NameShapes.joined(text, toks, k - 1, k))) {
            k--;
        }
        int run = to - k;
        if (run < 2) {
            return -1;
        }
        // "… Kabupaten Banyumas Deskart Sotyo Jatmiko": after a kind of region its name comes first, then the person
        int start = run >= 3 && (names.isGivenName(toks.get(to - 3).text()) || run >= 4 && REGIONS.contains(toks.get(k - 1).text()))
                ? to - 3 : to - 2;
        boolean attribution = SPEECH_BEFORE.matcher(text).region(Math.max(0, headBegin - 140), headBegin).find()
                || SPEECH_AFTER.matcher(text).region(toks.get(to - 1).end(), text.length()).lookingAt();
        return attribution && shapes.plausibleCuedName(text, toks, start, to) ? start : -1;
    }

    private boolean nameWord(List<Token> toks, int k, MentionSet set) {
        Token t = toks.get(k);
        String w = t.text();
        return t.capitalised() && !t.acronym() && w.length() >= 3 && w.chars().allMatch(Character::isLetter)
                && !names.isCommonWord(w) && !names.isEnglishWord(w) && !names.isTitleWord(w) && !names.isCalendarWord(w)
                && names.orgHeadAt(toks, k) == 0 && names.orgTailAt(toks, k) == 0 && set.covering(t.begin()) == null;
    }
}
