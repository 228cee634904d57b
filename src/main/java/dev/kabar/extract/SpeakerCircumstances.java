package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may stand between a speaker and the verb of saying without changing who spoke: where and when it was said
 * ("X, dalam sidang …, mengatakan"), and, after "Menurut Y,", whether the clause has a speaker of its own.
 */
final class SpeakerCircumstances {
    private static final Pattern CIRCUMSTANTIAL_GAP = Pattern.compile("(?iu)\\s*,?\\s*(?:dalam|di|saat|ketika|usai|seusai|selepas|"
            + "setelah|pada|kepada|melalui|lewat|kala|hari ini|kemarin|semalam|pagi ini|siang ini|sore ini|malam ini|pekan lalu)\\b[^\"“”;]{0,120}?,\\s*(?:\\p{Lu}\\p{L}+(?:\\s*\\([\\d/ ]+\\))?\\s*,\\s*)?");
    private static final Pattern UNCLOSED_CIRCUMSTANCE = Pattern.compile("(?iu)(?:\\s*,\\s*(?:dalam|di|saat|ketika|usai|seusai|selepas|setelah|"
            + "pada|kala)|\\s+(?:saat|ketika|usai|seusai|selepas|kala))\\s+[^,;\"“”]{1,100}?\\s*");

    /** ", dari RS X, Tangerang": where the person works, set off after the name. */
    private static final Pattern AFFILIATION_GAP = Pattern.compile(
            "(?u)\\s*,\\s*dari\\s+\\p{Lu}[^,;\"“”]{1,60}(?:,\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?\\s*,?\\s*");

    private SpeakerCircumstances() {
    }

    static boolean affiliation(String gap) {
        return AFFILIATION_GAP.matcher(gap).matches();
    }

    /**
     * Where and when a person said it, between the name and the verb: set off by commas, or with no closing comma
     * ("X, dalam pertemuan di Dewan Keamanan mengatakan", "X saat berkunjung ke Tallinn mengatakan").
     */
    static boolean circumstantial(String gap) {
        return CIRCUMSTANTIAL_GAP.matcher(gap).matches() || UNCLOSED_CIRCUMSTANCE.matcher(gap).matches();
    }

    /** Whether [from, end) opens with a person and, a few words on, a verb of saying of their own. */
    static boolean saysInside(AnnotatedText at, SpeechLexicon speech, int from, int end) {
        List<Mention> actors = at.actorsIn(from, end);
        if (actors.isEmpty() || actors.get(0).entity().type() != EntityType.PERSON
                || !at.text().substring(from, actors.get(0).begin()).isBlank()) {
            return false; // "Menurut X, KPK menduga …": a body's view as X tells it stays X's
        }
        Matcher w = StatementExtractor.WORD.matcher(at.text()).region(actors.get(0).end(), end);
        for (int i = 0; i < 3 && w.find(); i++) {
            if (speech.isSay(w.group())) {
                return true;
            }
        }
        return false;
    }
}
