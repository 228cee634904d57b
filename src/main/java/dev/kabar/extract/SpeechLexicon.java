package dev.kabar.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Attribution words: verbs after a direct quote ("kata", "ujar") and verbs introducing reported speech. */
public final class SpeechLexicon {
    private final Set<String> direct = new HashSet<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> say = new HashSet<>();
    private final Set<String> clauseOnly = new HashSet<>();

    public SpeechLexicon(Lexicon lexicon) {
        Map<String, List<String>> sections = lexicon.sections("speech-verbs.txt");
        for (String w : sections.getOrDefault("direct", List.of())) {
            direct.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : sections.getOrDefault("reported", List.of())) {
            reported.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : sections.getOrDefault("clause-only", List.of())) {
            clauseOnly.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : sections.getOrDefault("say", List.of())) {
            say.add(w.toLowerCase(Locale.ROOT));
            reported.add(w.toLowerCase(Locale.ROOT));
        }
    }

    /** "kata", "ujarnya", "imbuh": a word that attributes a quote just before it. */
    public boolean isDirect(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return direct.contains(w) || (w.endsWith("nya") && direct.contains(w.substring(0, w.length() - 3)));
    }

    /** A verb that only means "said" (mengatakan): the statement is what follows it, not the verb. */
    public boolean isSay(String word) {
        return say.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isReported(String word) {
        return reported.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A reported verb that reports speech only when a clause follows it ("melaporkan bahwa …", "melaporkan, …"):
     * with an object it is an act ("melaporkan aksi itu ke polisi").
     */
    public boolean needsClause(String word) {
        return clauseOnly.contains(word.toLowerCase(Locale.ROOT));
    }
}
