package dev.kabar.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The person a contact's other side refers back to: named last before a point, in its sentence or the two before
 * it, and not already a side ("meneleponnya", "pertemuannya dengan X", "Kedatangannya disambut oleh X").
 */
final class EarlierPerson {
    private EarlierPerson() {
    }

    /**
     * Whom an object pronoun ("meneleponnya", "menemuinya") stands for: the last person named before the subject,
     * in this sentence or the two before it, who is not the subject.
     */
    static List<Mention> objectPronoun(AnnotatedText at, Sentence s, List<Mention> subjects, QuotedSpeakers speakers) {
        return lastPersonBefore(at, s, subjects.get(0).begin(), subjects, speakers);
    }

    /** The person named last before {@code offset}, in this sentence or the two before it, who is none of {@code not}. */
    static List<Mention> lastPersonBefore(AnnotatedText at, Sentence s, int offset, List<Mention> not, QuotedSpeakers speakers) {
        int i = at.sentences().indexOf(s);
        int from = at.sentences().get(Math.max(0, i - 2)).begin();
        List<Mention> before = at.actorsIn(from, offset);
        Set<Entity> subject = new HashSet<>();
        not.forEach(m -> subject.add(m.entity()));
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            // someone named inside an earlier quotation is less present than the one who spoke it
            if (speakers.inClosedQuote(m.begin(), offset)) {
                Entity quoted = speakers.at(m.begin());
                if (quoted != null && quoted.type() == EntityType.PERSON && !subject.contains(quoted)) {
                    return List.of(new Mention(m.begin(), m.end(), m.surface(), quoted));
                }
                continue;
            }
            if (m.entity().type() == EntityType.PERSON && !subject.contains(m.entity())) {
                return List.of(m);
            }
        }
        return List.of();
    }
}
