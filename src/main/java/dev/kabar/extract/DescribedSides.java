package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sides of a contact that the sentence describes instead of naming: a person described at the opening of the sentence
 * ("Pemain kelahiran Jember itu sempat melakukan negosiasi dengan X") stands for the person the article follows, and
 * a body inside a description that points back ("petinggi klub kaya Ligue 1 tersebut") is no side of its own.
 */
final class DescribedSides {
    private static final Pattern POINTS_BACK = Pattern.compile("(?u)\\s+(?:tersebut|itu)(?!\\p{L})");
    private static final Pattern DESCRIBING_NOUN = Pattern.compile("(?iu)\\b(?:klub|tim|perusahaan|negara|partai|lembaga)\\s+(?:\\p{Ll}+\\s+){0,2}$");

    private final DescribedSpeakers descriptions;

    DescribedSides(DescribedSpeakers descriptions) {
        this.descriptions = descriptions;
    }

    /**
     * "Pemain kelahiran Jember itu sempat melakukan negosiasi dengan X", "Politisi Partai Gerindra itu bertemu X": the
     * subject is the person the article follows, not what the description names; the subjects read so far when no
     * description opens the sentence, none when the person it stands for is unknown or already a partner.
     */
    List<Mention> subject(AnnotatedText at, Sentence s, int cueBegin, List<Mention> subjects, List<Mention> partners) {
        int from = ContactParticipants.datelineEnd(at, s, cueBegin);
        Span description = descriptions.describedSubject(at, from, cueBegin);
        if (description == null || subjects.stream().anyMatch(m -> m.begin() < description.begin() || m.end() > description.end())) {
            return subjects;
        }
        Entity person = PronounSubjects.referent(at, description.begin());
        if (person == null || partners.stream().anyMatch(p -> p.entity().equals(person))) {
            return List.of(); // what the description names is not who acted
        }
        return List.of(new Mention(description.begin(), description.end(), description.text(), person));
    }

    /** The partners without a body that only qualifies, inside a description that points back, the body meant before. */
    static List<Mention> withoutDescribedBodies(String text, int cueEnd, List<Mention> partners) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : partners) {
            boolean described = m.entity().type() != EntityType.PERSON
                    && POINTS_BACK.matcher(text).region(m.end(), text.length()).lookingAt()
                    && DESCRIBING_NOUN.matcher(text).region(Math.max(cueEnd, m.begin() - 40), m.begin()).find();
            if (!described) {
                out.add(m);
            }
        }
        return out;
    }
}
