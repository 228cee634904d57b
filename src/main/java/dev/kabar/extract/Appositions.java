package dev.kabar.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "X, presiden klub Y, bertemu …", "Andi, putra pengusaha X, mendatangi …": a person,
 * then a description set off by commas that names a body or another person; the person, not what the description
 * names, is the subject of the verb after the closing comma.
 */
final class Appositions {
    /** A few adverbs between the description's end and the verb: "…, juga sempat bertemu". */
    private static final String ADVERBS = "(?:(?:juga|pun|kemudian|lalu|sempat|telah|sudah|pernah|akan|langsung|baru)\\s+){0,3}";
    /** The description: a comma, then words without another comma, that do not open a list ("A, dan B"). */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?iu)\\s*,\\s*(?!(?:dan|serta|bersama|beserta|atau|yang)\\b)[\\p{L}][^,;\"“”]{0,80}?\\s*");
    /** A person's description starts with a word in lower case: "putra", "istri", "presiden". */
    private static final Pattern LOWER_DESCRIPTION = Pattern.compile("(?u)\\s*,\\s*\\p{Ll}.*", Pattern.DOTALL);
    /** After the described body or person: perhaps its short name, the closing comma, then a few adverbs. */
    private static final Pattern CLOSING = Pattern.compile("(?iu)\\s*(?:\\([^()]{1,40}\\)\\s*)?,\\s*" + ADVERBS);

    /** A kin description may end without its comma: "X, putra motivator Y mendatangi …" is still X's visit. */
    static final String KIN_WORDS = "putra|putri|anak|istri|suami|ayahanda|ayah|ibunda|ibu|adik|kakak|cucu|menantu|keponakan|mertua";
    private static final Pattern KIN_DESCRIPTION = Pattern.compile("(?iu)\\s*,\\s*(?:" + KIN_WORDS + ")\\b[^,;\"“”]{0,60}?\\s*");
    private static final Pattern OPEN_END = Pattern.compile("(?iu)\\s+" + ADVERBS);

    private Appositions() {
    }

    /**
     * The index in {@code before} of the person whose description ends with the last actor before the cue,
     * or -1 when the last actor is no part of such a description.
     */
    static int head(String text, List<Mention> before, int cueBegin) {
        int n = before.size();
        if (n < 2) {
            return -1;
        }
        Mention last = before.get(n - 1);
        boolean open = !CLOSING.matcher(text).region(last.end(), cueBegin).matches();
        if (open && (last.entity().type() != EntityType.PERSON || !OPEN_END.matcher(text).region(last.end(), cueBegin).matches())) {
            return -1;
        }
        for (int i = n - 2; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.entity().type() != EntityType.PERSON) {
                continue; // "presiden Komite Olimpiade Prancis": bodies may come before the last one in the description
            }
            if (m.entity().equals(last.entity())) {
                return -1;
            }
            String gap = text.substring(m.end(), last.begin());
            boolean described = open ? KIN_DESCRIPTION.matcher(gap).matches() : DESCRIPTION.matcher(gap).matches()
                    && (last.entity().type() != EntityType.PERSON || LOWER_DESCRIPTION.matcher(gap).matches());
            return described ? i : -1;
        }
        return -1;
    }
}
