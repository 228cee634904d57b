package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a word for two stands for when it is the subject of a contact: "keduanya bertemu", "mereka berdua
 * berbincang" (the two named just before), "wanita yang melaporkan X mengklaim keduanya bertemu" (X and someone
 * unnamed: no pair).
 */
final class PairReferences {
    /** How many sentences back a pair may have been named, past sentences that name no one ("Keduanya berkencan"). */
    private static final int LOOK_BACK = 5;

    private PairReferences() {
    }

    /**
     * Whom "keduanya" before the cue stands for: people named earlier in its own sentence if there are any ("wanita yang
     * melaporkan X mengklaim keduanya bertemu": X and someone unnamed, so no pair), else the two named just before it.
     */
    static List<Mention> bothMeant(AnnotatedText at, Sentence s, int cueBegin) {
        List<Mention> own = at.actorsIn(s.begin(), cueBegin).stream().filter(m -> m.entity().type() == EntityType.PERSON).toList();
        if (own.isEmpty()) {
            return lastTwoActors(at, s);
        }
        List<Mention> distinct = new ArrayList<>();
        for (Mention m : own) {
            if (distinct.stream().noneMatch(d -> d.entity().equals(m.entity()))) {
                distinct.add(m);
            }
        }
        return distinct.size() == 2 ? distinct : List.of();
    }

    /** The two most recent distinct people (else actors) named before this sentence, within three sentences. */
    static List<Mention> lastTwoActors(AnnotatedText at, Sentence s) {
        int i = at.sentences().indexOf(s);
        int naming = lastNamingPeople(at, i);
        int from = at.sentences().get(Math.max(0, Math.min(i - 3, naming))).begin();
        List<Mention> before = at.actorsIn(from, s.begin());
        List<Mention> out = new ArrayList<>();
        for (EntityType wanted : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            for (int k = before.size() - 1; k >= 0 && out.size() < 2; k--) {
                Mention m = before.get(k);
                if (m.entity().type() == wanted && out.stream().noneMatch(o -> o.entity().equals(m.entity()))) {
                    out.add(0, m);
                }
            }
            if (out.size() == 2) {
                return out;
            }
            out.clear();
        }
        return out;
    }

    /**
     * "A dan B … . Mereka bertemu …": "mereka" is a pair only when the last sentence before that names people
     * names two ("A dan B …. Keduanya berkencan …. Mereka bertemu …").
     */
    static boolean exactlyTwoPeopleBefore(AnnotatedText at, Sentence s) {
        int k = lastNamingPeople(at, at.sentences().indexOf(s));
        return k >= 0 && people(at, at.sentences().get(k)) == 2;
    }

    /** The index of the nearest of the few sentences before sentence {@code i} that names someone, or -1. */
    private static int lastNamingPeople(AnnotatedText at, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
            if (people(at, at.sentences().get(k)) > 0) {
                return k;
            }
        }
        return -1;
    }

    private static long people(AnnotatedText at, Sentence s) {
        return at.actorsIn(s.begin(), s.end()).stream().filter(m -> m.entity().type() == EntityType.PERSON)
                .map(Mention::entity).distinct().count();
    }
}
