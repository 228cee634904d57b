package dev.kabar.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker the article names again only by a description: "Politikus Partai NasDem itu membenarkan …", "Mantan
 * Panglima TNI ini menuturkan …", "Pria asal Bandung tersebut mengatakan …". The description opens the sentence,
 * ends in a demonstrative and holds a role or a word for a person; it stands for the person the article is
 * following, never for the party or body it names.
 */
final class DescribedSpeakers {
    private static final Pattern DESCRIPTION = description("Namun|Sementara itu|Selain itu|Lebih lanjut|Di sisi lain|Kemudian|Lalu",
            "juga|pun|kemudian|lalu|lantas|sempat|pun", 2);
    /** The same description as the subject of a contact cue: "Pemain kelahiran Jember itu sempat melakukan negosiasi …". */
    private static final Pattern SUBJECT_DESCRIPTION = description(
            "Namun|Sementara itu|Selain itu|Di sisi lain|Kemudian|Lalu|Sebelumnya|Setelah itu",
            "juga|pun|kemudian|lalu|lantas|sempat|telah|sudah|pernah|akan|bakal|ingin|hendak|berencana|dijadwalkan|"
            + "melakukan|menggelar|mengadakan|mengaku|mengakui|segera|langsung|masih|baru|tengah|sedang|pertama kali|"
            + "beberapa kali|sekali", 4);
    private static final Pattern AFTER_VERB = Pattern.compile(
            "(?u)\\s+((?:[\\p{L}\\d][\\p{L}\\d.\\-]*\\s+){1,8}?)(?:itu|tersebut|ini)(?![\\p{L}\\d])");
    /** Words for a person that are no titles. */
    private static final Set<String> PERSON_NOUNS = Set.of("pria", "wanita", "perempuan", "lelaki", "laki-laki", "pemuda",
            "gadis", "sosok", "penghuni", "politikus", "politisi", "kader", "tokoh", "pengusaha", "ayah", "ibu", "bintang", "insan",
            "pemeran", "pelantun", "pentolan", "personel");
    private static final Pattern KIN = Pattern.compile("(?iu)(?:" + Appositions.KIN_WORDS + ")");
    /** "mantan istri X", "ibunda artis X": a kin word, perhaps with the relative's calling in lower case, before a name. */
    private static final Pattern KIN_BEFORE = Pattern.compile("(?u)(?<!\\p{L})(?i:" + Appositions.KIN_WORDS + ")\\s+(?:\\p{Ll}+\\s+){0,2}$");
    private final NameLexicon names;

    DescribedSpeakers(NameLexicon names) {
        this.names = names;
    }

    /** Whether a word in lower case opens a role or a kinship: "manajer", "juru", "menantu". */
    boolean opensRole(String word) {
        return names.isTitleWord(word) || KIN.matcher(word).matches();
    }

    /**
     * A description opening the sentence up to a verb: a connective, then a capitalised run of up to eight words ending
     * in a demonstrative, then at most {@code most} of the given adverbs.
     */
    private static Pattern description(String connectives, String adverbs, int most) {
        // after a connective the description goes on in lower case: "Lebih lanjut, pemeran film itu …"
        return Pattern.compile("(?u)^[\\s\"“]*(?:(?:" + connectives + ")[\\s,]+(?=\\p{L})|(?=\\p{Lu}))"
                // "Pemeran film Inception (2010) itu": a year in brackets may date a work the description names
                + "(\\p{L}[\\p{L}\\d.\\-]*(?:\\s+(?:[\\p{L}\\d.\\-]+|\\(\\d{4}\\))){0,7})\\s+(?:itu|ini|tersebut)\\s+"
                + "(?:(?:" + adverbs + ")\\s+){0," + most + "}$");
    }

    /** "…," kata mantan pelatih timnas Indonesia U-23 itu: after the attribution verb, the same kind of description. */
    boolean describesPersonAfter(AnnotatedText at, int from, int end) {
        Matcher m = AFTER_VERB.matcher(at.text()).region(from, end);
        return m.lookingAt() && person(at, m.start(1), m.end(1));
    }

    /** "Menurut bintang film laga itu, …": the description fills all of [from, end), up to its demonstrative. */
    boolean describesPersonExactly(AnnotatedText at, int from, int end) {
        Matcher m = AFTER_VERB.matcher(at.text()).region(from, end);
        return m.lookingAt() && at.text().substring(m.end(), end).isBlank() && person(at, m.start(1), m.end(1));
    }

    /** Whether the sentence's words before the verb at {@code verb} are such a description of a person. */
    boolean describesPerson(AnnotatedText at, Sentence s, int verb) {
        Matcher m = DESCRIPTION.matcher(at.text()).region(s.begin(), verb);
        return m.matches() && person(at, m.start(1), m.end(1));
    }

    /** The span of such a description opening [from, cue) as the subject of a contact cue, or null. */
    Span describedSubject(AnnotatedText at, int from, int cue) {
        Matcher m = SUBJECT_DESCRIPTION.matcher(at.text()).region(from, cue);
        return m.matches() && person(at, m.start(1), m.end(1)) ? new Span(m.start(1), m.end(1), m.group(1)) : null;
    }

    /**
     * A description that names no person itself ("Presiden Jokowi itu") but holds a role or a word for a person; or
     * one that names a person only as the relative of the one described ("mantan istri Brad Pitt itu").
     */
    private boolean person(AnnotatedText at, int begin, int end) {
        Mention named = at.actorsIn(begin, end).stream().filter(x -> x.entity().type() == EntityType.PERSON).findFirst()
                .orElse(null);
        if (named != null) {
            return KIN_BEFORE.matcher(at.text()).region(begin, named.begin()).find();
        }
        List<Token> toks = Token.of(at.text(), begin, end);
        for (int i = 0; i < toks.size(); i++) {
            if (names.titleAt(toks, i) > 0 || PERSON_NOUNS.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
