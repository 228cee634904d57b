package dev.kabar.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a contact cue found in a sentence is no event of its own there: another cue's purpose, a means, half of
 * a reduplicated word, a fixture, or something denied, suggested, habitual or called off.
 */
final class NotAnEvent {
    /** "pertemuan dengan X dibatalkan": called off. */
    private static final Pattern CALLED_OFF = Pattern.compile("(?iu)^(?:\\s+\\S+){0,6}?\\s+(?:dibatalkan|batal|ditunda|gagal|urung)\\b");
    /** "perlu mengundang", "harus bertemu", "agar bertemu": a suggestion or a demand, not an event. */
    private static final Pattern SUGGESTED = Pattern.compile(
            "(?iu)\\b(?:perlu|harus|sebaiknya|seharusnya|semestinya|mesti|hendaknya|agar|supaya)\\s+(?:\\p{L}+\\s+)?$");
    /** "tidak bertemu", "belum ada pembicaraan", "tak ada rencana untuk bertemu": said not to have happened. */
    private static final Pattern NEGATED = Pattern.compile("(?iu)\\b(?:belum|tidak|tak|tanpa|bukan|batal|urung)\\s+"
            + "(?!sengaja\\s)" // "tanpa sengaja bertemu": by chance, still a meeting
            + "(?:ada\\s+(?:rencana|niat|agenda|jadwal)\\s+(?:untuk\\s+)?|\\p{L}+\\s+)?$");
    /** "masih rutin berkomunikasi", "sering bertemu": a relation kept up, not an event. */
    private static final Pattern HABITUAL = Pattern.compile("(?iu)\\b(?:rutin|sering|kerap|acap|biasa|selalu|terus)\\s+(?:\\p{L}+\\s+)?$");
    /** "diselesaikan lewat perundingan": a means, not an event. */
    private static final Pattern MEANS = Pattern.compile("(?iu)\\b(melalui|lewat|via)\\s+(?:jalur\\s+)?$");
    /** "mengundang perhatian", "mengundang reaksi": to attract something, no one invited. */
    private static final Pattern ATTRACTS = Pattern.compile("(?iu)\\s+(?:banyak\\s+|beragam\\s+|berbagai\\s+)?(?:perhatian|reaksi|"
            + "simpati|empati|kritik|kritikan|kecaman|pertanyaan|kontroversi|polemik|perdebatan|spekulasi|kecurigaan|keprihatinan|"
            + "minat|komentar|amarah|kemarahan|protes|respons|respon|tanggapan|tawa|gelak|decak|antusiasme|rasa|kekhawatiran|"
            + "keheranan|kekaguman|pujian|cibiran|sorotan|kehebohan|kerumunan|bahaya|risiko)\\b");
    private static final Pattern HYPHEN_BEFORE = Pattern.compile("(\\p{L}+)\\s*-\\s*$");

    private NotAnEvent() {
    }

    /**
     * Whether the cue at [begin, end) is no event here; {@code purposeOfEarlierCue} when it states the purpose of another
     * cue of the sentence before it, of kind {@code kindBefore}.
     */
    static boolean here(AnnotatedText at, Sentence s, int begin, int end, String cue, ContactKind kind,
                        boolean purposeOfEarlierCue, ContactKind kindBefore, ContactCues cues) {
        String text = at.text();
        String lead = text.substring(Math.max(s.begin(), begin - 40), begin);
        // "lewat panggilan telepon" is how they talked, not a means to another end
        // "mengunjungi Paris untuk bertemu X": a visit's purpose is met on the visit, unlike an invitation's
        if ((purposeOfEarlierCue && kindBefore != ContactKind.VISIT)
                || (kind != ContactKind.CALL && MEANS.matcher(lead).find())) {
            return true;
        }
        if (kind == ContactKind.INVITATION && ATTRACTS.matcher(text).region(end, Math.min(s.end(), end + 40)).lookingAt()) {
            return true;
        }
        // "Perundang - undangan": the second half of a reduplicated compound is no cue
        Matcher joined = HYPHEN_BEFORE.matcher(lead);
        if (joined.find() && cue.length() >= 5
                && joined.group(1).toLowerCase(Locale.ROOT).contains(cue.substring(0, 5).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "akan bertemu pasangan China di final": a fixture, not a meeting
        if ((kind == ContactKind.MEETING || kind == ContactKind.VISIT) && cues.isFixture(at, s)) {
            return true;
        }
        // "belum ada pembicaraan dengan X", "pertemuan dengan X dibatalkan": said not to have happened
        String before = text.substring(Math.max(s.begin(), begin - 35), begin);
        // "sering mengunjungi X": repeated visits and meetings still took place; "rutin berkomunikasi" is a relation kept up
        boolean habitual = kind != ContactKind.VISIT && kind != ContactKind.MEETING && HABITUAL.matcher(before).find();
        return NEGATED.matcher(before).find() || SUGGESTED.matcher(before).find() || habitual
                || CALLED_OFF.matcher(text.substring(end, Math.min(s.end(), end + 80))).find();
    }
}
