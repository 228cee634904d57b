package dev.kabar.extract;

import java.util.regex.Pattern;

/**
 * Where a verb of saying names an act instead, by what stands around it: "memastikan tiket ke final", "meminta uang
 * muka", "melaporkan aksi itu ke polisi" do things; "memastikan bahwa …", "meminta agar …" say them.
 */
final class VerbsOfActs {
    /**
     * "memastikan diri lolos", "memastikan tiket ke babak 16 besar": the subject makes sure of its own place; "belum bisa
     * memastikan kapan …": nothing is confirmed. Nothing is said either way ("menyatakan diri" does say).
     */
    private static final Pattern NOTHING_ENSURED = Pattern.compile("\\s+(?:diri|kapan|apakah|siapa|berapa|bagaimana|mengapa|di\\s+mana|"
            + "tiket|satu\\s+tempat|tempat|langkah|kemenangan|gelar)(?!\\p{L})");
    /** "meminta uang muka", "meminta fee": asking for money is an act, not something said. */
    private static final Pattern MONEY_ASKED = Pattern.compile("(?u)\\s+(?:sejumlah\\s+)?(?:uang|dana|fee|imbalan|jatah|komisi|upeti|"
            + "setoran|bayaran|tebusan|duit)(?!\\p{L})");
    /** "mengakui keunggulan lawan": conceding a match, no statement. */
    private static final Pattern CONCEDED = Pattern.compile("(?iu)\\s+keunggulan(?!\\p{L})");
    /** "MK menolak permohonan …": a court's ruling, an act. */
    private static final Pattern PETITION = Pattern.compile("(?iu)\\s+(?:seluruh\\s+|sebagian\\s+)?(?:permohonan|gugatan|eksepsi|"
            + "banding|kasasi|praperadilan|nota\\s+keberatan)(?!\\p{L})");
    /**
     * Verbs that still say something when negated: a denial's ("tidak membantah" admits) and a view's ("tidak
     * menganggap …", "tidak menilai …" state one).
     */
    private static final Pattern DENYING = Pattern.compile("(?iu)membantah|menampik|memungkiri|menyangkal|menolak|menganggap|"
            + "menilai|merasa|meyakini|berharap|mengharapkan|menduga|memperkirakan|memprediksi|menyangka|mengakui|setuju|sepakat");
    private static final Pattern NOT_ABLE = Pattern.compile("(?iu)\\b(?:belum|tidak|tak|enggan)\\s+(?:bisa\\s+|dapat\\s+|mau\\s+|mampu\\s+)?$");
    // "memberitahukan melalui pesan kepada X bahwa …": to whom and how may come before "bahwa"
    private static final Pattern CLAUSE_AFTER = Pattern.compile("(?iu)\\s*(?:[,:]|(?:[^\\s,.;\"“”]+\\s+){0,8}?bahwa(?!\\p{L}))");

    private VerbsOfActs() {
    }

    /** "belum menyebutkan secara pasti kapan …", "tidak mengatakan …": nothing was said; "tidak membantah" says yes. */
    static boolean untold(String text, Sentence s, int begin, String verb) {
        return NOT_ABLE.matcher(text).region(Math.max(s.begin(), begin - 25), begin).find() && !DENYING.matcher(verb).matches();
    }

    /** Whether the reported verb at [begin, end) of the sentence does something here rather than say it. */
    static boolean act(SpeechLexicon speech, String text, Sentence s, int begin, int end, String verb) {
        return "memastikan".equalsIgnoreCase(verb) && NOTHING_ENSURED.matcher(text).region(end, s.end()).lookingAt()
                || "mengakui".equalsIgnoreCase(verb) && CONCEDED.matcher(text).region(end, s.end()).lookingAt()
                || "menolak".equalsIgnoreCase(verb) && PETITION.matcher(text).region(end, s.end()).lookingAt()
                || "meminta".equalsIgnoreCase(verb) && MONEY_ASKED.matcher(text).region(end, s.end()).lookingAt()
                || speech.needsClause(verb) && !CLAUSE_AFTER.matcher(text).region(end, s.end()).lookingAt();
    }
}
