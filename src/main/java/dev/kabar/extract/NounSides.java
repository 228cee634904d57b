package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides a contact noun names itself: "Pertemuan Korsel dan Korut", "Pertemuan Presiden X dengan PM Y", and the
 * other side after "dengan" in "pertemuan antara A, B dengan C".
 */
final class NounSides {
    private static final Pattern OTHER_SIDE = Pattern.compile("(?iu)\\s+dengan\\s+");
    private static final Pattern PAIR_WITH = Pattern.compile("(?iu)\\s*(?:,\\s*)?(?:dan|serta|dengan)\\s+");
    private final ContactParticipants participants;

    NounSides(ContactParticipants participants) {
        this.participants = participants;
    }

    /**
     * The two actors a contact noun names right after it, joined by "dan" or "dengan", each perhaps after its role
     * ("Pertemuan Presiden X dengan Perdana Menteri Y"); empty when the noun is not followed by such a pair.
     */
    List<Mention> namedPair(AnnotatedText at, Sentence s, int cueEnd) {
        String text = at.text();
        Mention first = firstActorAfter(at, cueEnd, s.end());
        if (first == null) {
            return List.of();
        }
        Matcher with = PAIR_WITH.matcher(text).region(first.end(), s.end());
        if (!with.lookingAt()) {
            return List.of();
        }
        Mention second = firstActorAfter(at, with.end(), s.end());
        return second == null || second.entity().equals(first.entity()) ? List.of() : List.of(first, second);
    }

    /** The actor a phrase starts with, after role words; a country right before a person only qualifies that person. */
    private static Mention firstActorAfter(AnnotatedText at, int from, int end) {
        List<Mention> after = at.actorsIn(from, end);
        if (after.isEmpty() || !leadsDirectly(at.text().substring(from, after.get(0).begin()))) {
            return null;
        }
        Mention m = after.get(0);
        if (after.size() > 1 && m.entity().type() != EntityType.PERSON && after.get(1).entity().type() == EntityType.PERSON
                && at.text().substring(m.end(), after.get(1).begin()).equals(" ")) {
            return after.get(1);
        }
        return m;
    }

    /** After "antara A, B": the side named after "dengan" ("… dengan keluarga Keraton X"), if any. */
    List<Mention> otherSide(AnnotatedText at, Sentence s, List<Mention> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        Matcher with = OTHER_SIDE.matcher(at.text()).region(listed.get(listed.size() - 1).end(), s.end());
        if (!with.lookingAt()) {
            return List.of();
        }
        List<Mention> other = participants.list(at, with.end(), s.end());
        return other.isEmpty() || !leadsDirectly(at.text().substring(with.end(), other.get(0).begin()))
                && ContactParticipants.words(at.text(), with.end(), other.get(0).begin()) > 2 ? List.of() : other;
    }

    /** Where "dengan" parts a list read after "antara" ("antara A dan B dengan C"): the first item after it, or -1. */
    int withSplit(String text, List<Mention> listed) {
        for (int k = 1; k < listed.size(); k++) {
            Matcher with = OTHER_SIDE.matcher(text).region(listed.get(k - 1).end(), listed.get(k).begin());
            if (with.lookingAt() && leadsDirectly(text.substring(with.end(), listed.get(k).begin()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean leadsDirectly(String gap) {
        return gap.isBlank() || ContactParticipants.roleWords(gap);
    }
}
