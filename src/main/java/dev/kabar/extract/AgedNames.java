package dev.kabar.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People named with their age in brackets, as Indonesian news writes them: "Roni (45)", "korban Riyani (40)". */
final class AgedNames {
    /** A name followed by an age in brackets: "Roni (45)". */
    private static final Pattern AGED = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s*\\((\\d{1,2})(?:\\s*tahun)?\\)");
    private static final Pattern PERSON_WORD = Pattern.compile("(?iu)\\b(?:korban|pelaku|warga|bernama|tersangka|terdakwa|saksi|"
            + "istri(?:nya)?|isteri(?:nya)?|suami(?:nya)?|anak(?:nya)?|ibu(?:nya)?|ayah(?:nya)?|kakak(?:nya)?|adik(?:nya)?|putra(?:nya)?|putri(?:nya)?|"
            + "siswa|pria|wanita|perempuan|sopir|petani|nenek|kakek|bocah|pemilik|karyawan|pedagang|buruh|alias|yakni|yaitu)[\\s,]+$");
    /** "Rianto (40), Roni (35) dan Kinara (8)": the item before was an aged name too. */
    private static final Pattern AGED_ITEM_BEFORE = Pattern.compile("(?iu)\\(\\d{1,2}(?:\\s*tahun)?\\)\\s*(?:,\\s*(?:dan\\s+|serta\\s+)?|dan\\s+|serta\\s+)$");
    private final NameLexicon names;
    private final EntityIndex index;
    private final BareNames bare;

    AgedNames(NameLexicon names, EntityIndex index, BareNames bare) {
        this.names = names;
        this.index = index;
        this.bare = bare;
    }

    /** "Roni (45)", "Purwoto (47)": a bare name with an age in brackets is a person, as Indonesian news writes it. */
    void find(String text, Sentence s, MentionSet set) {
        if (!hasAgeBracket(text, s.begin(), s.end())) {
            return; // AGED needs "(" and a digit: most sentences have none, and the regex tries every capital
        }
        // several ages in one sentence list people ("Kelimanya adalah Rianto (40) dan …, Gilang (11)")
        boolean ages = AGED.matcher(text).region(s.begin(), s.end()).results().count() >= 2;
        Matcher aged = AGED.matcher(text).region(s.begin(), s.end());
        while (aged.find()) {
            // a single word needs a person word before it ("korban Roni (45)", "istrinya Riyani (40)"): "Ayat (2)" is none
            boolean single = !text.substring(aged.start(1), aged.end(1)).contains(" ");
            String before = text.substring(Math.max(s.begin(), aged.start(1) - 30), aged.start(1));
            boolean personBefore = ages || PERSON_WORD.matcher(before).find() || AGED_ITEM_BEFORE.matcher(before).find();
            if ((!single && bare.name(text, aged.start(1), aged.end(1), set))
                    || (single && (personBefore || names.isGivenName(text.substring(aged.start(1), aged.end(1))))
                    && aged.end(1) - aged.start(1) >= 3 && bare.singleUnknownWord(text, aged.start(1), aged.end(1), set))) {
                set.add(text, aged.start(1), aged.end(1), EntityType.PERSON, index);
            }
        }
    }

    private static boolean hasAgeBracket(String text, int from, int to) {
        for (int i = text.indexOf('(', from); i >= 0 && i + 1 < to; i = text.indexOf('(', i + 1)) {
            if (text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                return true;
            }
        }
        return false;
    }
}
