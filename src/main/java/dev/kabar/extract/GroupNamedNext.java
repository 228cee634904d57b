package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Jokowi menerima petinggi partai di Istana. … Mereka adalah Sekretaris Fraksi Golkar A, Ketua Fraksi PDI
 * Perjuangan B, …": a meeting whose partners the sentence only describes, named as a group in one of the next three
 * sentences ("Mereka adalah", "Yang hadir antara lain", "Hadir dalam pertemuan itu", "Pertemuan itu dihadiri", "Turut hadir"). Only the opening of a
 * sentence counts, so a group of other people named later in the article stays apart.
 */
final class GroupNamedNext {
    private static final Pattern NAMED = Pattern.compile("(?iu)(?:mereka|(?:para\\s+)?(?:tamu|undangan)\\s+(?:itu|tersebut)"
            + "|yang\\s+hadir(?:\\s+(?:dalam|pada)\\s+pertemuan\\s+(?:itu|tersebut))?|hadir\\s+(?:dalam|pada)\\s+pertemuan\\s+(?:itu|tersebut))"
            + "\\s*,?\\s+(?:adalah|yakni|yaitu|antara\\s+lain|di\\s*antaranya)\\s+"
            // "Turut hadir Amien Rais sebagai salah satu perwakilan …"
            + "|(?:turut|ikut)\\s+hadir(?:\\s+(?:dalam|pada)\\s+(?:pertemuan|acara)\\s+(?:itu|tersebut))?\\s*,?\\s+(?:(?:antara\\s+lain|di\\s*antaranya)\\s+)?"
            + "|(?:dalam\\s+)?(?:pertemuan|rapat|jamuan)\\s+(?:itu|tersebut)\\s+(?:juga\\s+)?dihadiri(?:\\s+oleh)?\\s+"
            + "(?:(?:antara\\s+lain|di\\s*antaranya)\\s+)?");
    /** "Ketiga perusahaan yang dimaksud adalah A, B, dan C": bodies or countries counted before, named now. */
    private static final Pattern BODIES_NAMED = Pattern.compile("(?iu)(?:kedua|ketiga|keempat|kelima|keenam|para|" + ContactSides.NUMBER
            + ")\\s+" + ContactSides.BODY_NOUNS + "\\s+(?:(?:yang\\s+dimaksud|tersebut|itu)\\s+)?(?:adalah|yakni|yaitu|antara\\s+lain)\\s+");
    /** How many sentences after the cue's the group may be named in. */
    private static final int AHEAD = 3;

    private final ContactParticipants participants;

    GroupNamedNext(ContactParticipants participants) {
        this.participants = participants;
    }

    /** The group named right after sentence {@code s}, or nothing. */
    List<Mention> after(AnnotatedText at, Sentence s) {
        List<Sentence> all = at.sentences();
        int k = all.indexOf(s);
        for (int n = k + 1; k >= 0 && n < all.size() && n <= k + AHEAD; n++) {
            Sentence next = all.get(n);
            Matcher named = NAMED.matcher(at.text()).region(next.begin(), next.end());
            if (named.lookingAt()) {
                return participants.list(at, named.end(), next.end()).stream()
                        .filter(m -> m.entity().type() == EntityType.PERSON).toList();
            }
            Matcher bodies = BODIES_NAMED.matcher(at.text()).region(next.begin(), next.end());
            if (bodies.lookingAt()) {
                return participants.list(at, bodies.end(), next.end()).stream()
                        .filter(m -> m.entity().type() != EntityType.PERSON).toList();
            }
        }
        return List.of();
    }
}
