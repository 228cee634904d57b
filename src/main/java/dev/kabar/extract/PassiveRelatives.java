package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passive cue inside a relative clause on a described group, whose members the sentence names elsewhere:
 * before it with a copula ("A, B dan C adalah beberapa korban yang dikunjungi X") or after its agent as examples
 * ("Sejumlah tokoh yang telah ditemui X antara lain A dan B"). Either way X did it to A, B and C.
 */
final class PassiveRelatives {
    /** "… adalah (beberapa) korban yang (telah) dikunjungi": the named list before is the group the cue acts on. */
    private static final Pattern COPULA_GROUP = Pattern.compile("(?iu)(?:\\s*,?\\s*yang\\s+[^,.;\"“”]{1,60}?)?\\s*,?\\s*(?:adalah|merupakan|ialah)\\s+"
            + "(?:(?:beberapa|sejumlah|para|sebagian|salah\\s+satu|di\\s+antara|dari)\\s+)*(?:\\p{Ll}+\\s+){1,3}"
            + "yang\\s+(?:(?:sudah|telah|sempat|pernah|juga)\\s+)*$");
    /** "Sejumlah tokoh yang (telah) ditemui": a described group, then a relative with the passive cue. */
    private static final Pattern GROUP_RELATIVE = Pattern.compile("(?iu)(?:^|\\s)\\p{Ll}+\\s+yang\\s+(?:(?:sudah|telah|sempat|pernah|juga)\\s+)*$");
    /** Between the agent and its examples: nothing but space, perhaps a comma. */
    private static final Pattern EXAMPLES_NEXT = Pattern.compile("(?iu)\\s*,?\\s*(?:" + ContactParticipants.EXAMPLE_WORDS + ")\\s+");

    private PassiveRelatives() {
    }

    /** The words between a named list and a passive cue say the list is the group acted on. */
    static boolean copulaGroup(String between) {
        return COPULA_GROUP.matcher(between).matches();
    }

    /**
     * For "Sejumlah tokoh yang telah ditemui X antara lain A dan B": X as the one side, A and B as the other; null
     * when the sentence is not built that way.
     */
    static Pair examplesAfterAgent(AnnotatedText at, Sentence s, int cueBegin, int cueEnd, int end, ContactParticipants participants) {
        String text = at.text();
        if (!GROUP_RELATIVE.matcher(text).region(s.begin(), cueBegin).find()) {
            return null;
        }
        List<Mention> after = at.actorsIn(cueEnd, end);
        if (after.isEmpty() || !ContactParticipants.withoutAgentWord(text.substring(cueEnd, after.get(0).begin())).isBlank()) {
            return null;
        }
        Mention agent = after.get(0);
        Matcher examples = EXAMPLES_NEXT.matcher(text).region(agent.end(), end);
        if (!examples.lookingAt()) {
            return null;
        }
        List<Mention> patients = participants.list(at, examples.end(), end);
        return patients.isEmpty() ? null : new Pair(List.of(agent), patients);
    }

    /** Who acted and whom they acted on. */
    record Pair(List<Mention> agents, List<Mention> patients) {
    }
}
