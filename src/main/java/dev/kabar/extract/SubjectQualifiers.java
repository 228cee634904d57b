package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the actors named before a contact cue only qualify or locate its subject rather than act: a body or
 * country in the person's role ("Menlu Jepang Taro Kono"), a place's country ("di Jeddah, Arab Saudi"), a body
 * named as a place ("di depan Gedung DPR"), the body a unit belongs to ("Ditjen Pajak (DJP) Kemenkeu") and the
 * region of a body's branch ("Facebook Asia Pasifik").
 */
final class SubjectQualifiers {
    /** Between a qualifying organisation and its person: nothing, or a comma and honorifics ("MUI, KH. Ma'ruf"). */
    static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*(?:,\\s*)?(?:\\p{Lu}\\p{L}{0,3}\\.\\s*)*");
    private static final Pattern REPORTING_ASIDE = Pattern.compile("(?iu),\\s*(?:seperti\\s+|sebagaimana\\s+)?(?:diberitakan|dilaporkan|"
            + "dikabarkan|dilansir|dikutip|mengutip|menurut)(?:\\s+(?:oleh|dari))?\\s+$");
    /** "di depan Gedung DPR / MPR RI": a body named as a place, not as someone who acts. */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?iu)(?:\\b(?:di|ke)\\s+(?:depan\\s+|dalam\\s+|luar\\s+|sekitar\\s+)?(?:gedung\\s+|kantor\\s+|markas\\s+|kompleks\\s+)?"
            + "|\\bdari\\s+(?:gedung|kantor|markas|kompleks)\\s+|/\\s*)$"); // "dari TNI" is where someone belongs
    /** "di Jeddah, " right before a country: the place, then its country. */
    private static final Pattern PLACE_THEN = Pattern.compile("(?u)\\bdi\\s+\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2}\\s*,\\s*$");
    /** Between a unit and its body: a space, or the unit's short name in brackets ("Ditjen Pajak (DJP) Kemenkeu"). */
    private static final Pattern BODY_OF_BODY = Pattern.compile("\\s*\\(?|\\)\\s+");

    /**
     * Where the actors opening a clause start, past a body or country that only qualifies the person right after it
     * ("Ketua Umum Partai NasDem Surya Paloh", "Menlu Rusia Sergei Lavrov": the person, not the party or the country).
     */
    static int pastQualifiers(String text, List<Mention> actors) {
        int k = 0;
        while (k + 1 < actors.size() && actors.get(k).entity().type() != EntityType.PERSON
                && actors.get(k + 1).entity().type() == EntityType.PERSON
                && QUALIFIER_GAP.matcher(text.substring(actors.get(k).end(), actors.get(k + 1).begin())).matches()) {
            k++;
        }
        return k;
    }

    /**
     * The first of the bodies that end the list with nothing but spaces and brackets between them: a unit named
     * before the body it belongs to ("Ditjen Pajak (DJP) Kemenkeu"), the subject; else the last actor.
     */
    static int unitOfBody(String text, List<Mention> before) {
        int i = before.size() - 1;
        while (i >= 1 && before.get(i).entity().type() == EntityType.ORGANIZATION
                && before.get(i - 1).entity().type() == EntityType.ORGANIZATION
                && BODY_OF_BODY.matcher(text.substring(before.get(i - 1).end(), before.get(i).begin())).matches()) {
            i--;
        }
        return i;
    }

    /** Where a body's name ends when a region follows it ("Facebook Asia Pasifik datang …"): its branch there. */
    static int regionalEnd(AnnotatedText at, int nameEnd, int limit) {
        boolean body = false;
        for (Mention m : at.mentions()) {
            if (m.end() == nameEnd) {
                body = m.entity().type() == EntityType.ORGANIZATION;
            } else if (body && m.begin() == nameEnd + 1 && m.end() <= limit && m.entity().type() == EntityType.PLACE
                    && at.text().charAt(nameEnd) == ' ') {
                return m.end();
            }
        }
        return nameEnd;
    }

    /** "di Jeddah, Arab Saudi": the country of the place just named, where someone is. */
    static boolean countryOfPlace(AnnotatedText at, Mention m) {
        return m.entity().type() == EntityType.COUNTRY
                && PLACE_THEN.matcher(at.text()).region(Math.max(0, m.begin() - 50), m.begin()).find();
    }

    private static final Pattern KIN_BEFORE = Pattern.compile(
            "(?iu)\\b(?:adik|kakak|istri|suami|anak|putra|putri|cucu|keponakan|sepupu|mertua|menantu|ayahanda|ibunda)\\s+(?:mendiang\\s+)?$");
    private static final Pattern DEMONSTRATIVE_AFTER = Pattern.compile("(?iu)\\s+(?:itu|tersebut)\\b");

    /** ", lanjut X, …" set off by commas: X tells of the clause, whose subject comes after. */
    private static final Pattern ASIDE_CUE = Pattern.compile("(?u)(?<=[,\"”.!?])\\s*(\\p{L}+)\\s+$");

    private static final Pattern SPEAKER_CIRCUMSTANCE = Pattern.compile("(?iu)\\s*(?:saat|ketika|usai|seusai|setelah|sesudah|"
            + "sebelum|sewaktu|kala|tatkala|selepas|sambil|seraya|di|dalam|pada|yang|ditemui|dihubungi|menjelang|jelang)\\b");

    /** Whether the mention is the speaker of an inserted attribution ("Selain itu, kata X, asosiasi telah …"). */
    static boolean attributionAside(AnnotatedText at, Mention m, SpeechLexicon speech) {
        String text = at.text();
        Matcher cue = ASIDE_CUE.matcher(text).region(Math.max(0, m.begin() - 20), m.begin()).useTransparentBounds(true);
        if (!cue.find() || !speech.isDirect(cue.group(1)) || !NearestMark.isAfter(text, m.end(), ',')) {
            return false;
        }
        // "kata X, saat berkunjung ke …": a clause of time or manner after the aside has no subject but the speaker
        return !SPEAKER_CIRCUMSTANCE.matcher(text).region(NearestMark.after(text, m.end()) + 1, text.length()).lookingAt();
    }

    /** "X mengirim perwakilannya Y untuk bertemu …": whoever was sent met, not the sender. */
    private static final Pattern SENT_SOMEONE = Pattern.compile("(?iu)\\b(?:mengirim|mengirimkan|mengutus|menugaskan)\\s+"
            + "(?:(?:seorang|sejumlah|para)\\s+)?(?:perwakilan|utusan|wakil|delegasi|staf|anak\\s+buah|tim)(?:nya)?\\b");

    /** Whether the words between a subject and its cue send someone else to it ("mengirim utusannya untuk …"). */
    static boolean sentSomeone(String between) {
        return SENT_SOMEONE.matcher(between).find();
    }

    /** "adik X itu", "suami mendiang X itu": a relative of the person named, who is someone else. */
    static boolean relativeOfNamed(String text, Mention m) {
        return m.entity().type() == EntityType.PERSON
                && KIN_BEFORE.matcher(text).region(Math.max(0, m.begin() - 25), m.begin()).find()
                && DEMONSTRATIVE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** Whether the mention is the source of an aside set off by commas: "X, diberitakan AFP, dijadwalkan bertemu …". */
    static boolean reportingAside(AnnotatedText at, Mention m) {
        String text = at.text();
        return m.entity().type() != EntityType.PERSON && NearestMark.isAfter(text, m.end(), ',')
                && REPORTING_ASIDE.matcher(text).region(Math.max(0, m.begin() - 40), m.begin()).find();
    }

    /**
     * Whether a body or country stands in brackets after words that name no one ("week 30 (Liga 1) sudah bicara"):
     * a gloss on those words, not the clause's subject.
     */
    static boolean bracketGloss(AnnotatedText at, Mention m) {
        String text = at.text();
        int open = NearestMark.before(text, 0, m.begin());
        if (m.entity().type() == EntityType.PERSON || open < 1 || text.charAt(open) != '(' || !NearestMark.isAfter(text, m.end(), ')')) {
            return false;
        }
        List<Mention> before = at.actorsIn(Math.max(0, open - 60), open);
        return before.isEmpty() || !text.substring(before.get(before.size() - 1).end(), open).isBlank();
    }

    /** Whether the mention names where something happened ("di depan Gedung DPR / MPR RI"), not who. */
    static boolean locative(AnnotatedText at, Mention m) {
        return m.entity().type() != EntityType.PERSON
                && LOCATIVE.matcher(at.text()).region(Math.max(0, m.begin() - 40), m.begin()).find();
    }

    /**
     * Without the countries and organisations that only qualify the person right after them ("Presiden Korsel Moon"):
     * they belong to the person's role, not to the list of subjects.
     */
    static List<Mention> withoutQualifiers(String text, List<Mention> before) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Mention m = before.get(i);
            boolean qualifier = i + 1 < before.size() && m.entity().type() != EntityType.PERSON
                    && before.get(i + 1).entity().type() == EntityType.PERSON
                    && text.substring(m.end(), before.get(i + 1).begin()).equals(" ");
            if (!qualifier) {
                out.add(m);
            }
        }
        return out;
    }

    private SubjectQualifiers() {
    }
}
