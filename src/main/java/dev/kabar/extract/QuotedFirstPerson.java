package dev.kabar.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "saya", "kami" in a quotation as a side of its contact: the quotation's speaker ("…Bais dari pusat bertemu
 * saya…," tuturnya; "Saya ditelepon X," kata Y; "Diskusi saya dengan X").
 */
final class QuotedFirstPerson {
    private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile(
            "(?iu)\\b(saya|kami|kita|aku)\\s+(?:(?:juga|sudah|telah|sempat|pernah|akan|lalu|kemudian|langsung|sedang|tengah|masih|baru|"
            + "segera|bakal|ingin|mau|hendak|sering|selalu|hanya|cuma|memang|pun|sekali|berkali-kali|"
            + "(?:" + ContactSides.NUMBER + "|beberapa|pertama)\\s+kali)\\s+){0,4}(?:(?:melakukan|menggelar|mengadakan|menjalin)\\s+)?"
            // "saya pernah berbicara dan bernegosiasi dengan X": a verb joined to the cue shares its subject
            + "(?:(?:ber|me)\\p{L}+\\s+(?:dan|serta)\\s+)?$");
    /** "memang ada pertemuan", "sudah ada pembicaraan": a meeting that was, with no one else said to hold it. */
    private static final Pattern THERE_WAS = Pattern.compile("(?iu)(?:[,;\"“]\\s*|\\b(?:memang|sudah|telah|sempat|pernah|juga)\\s+)(ada)\\s+$");
    private static final Pattern FIRST_PERSON_AFTER = Pattern.compile("(?iu)\\s+(?:dengan\\s+|ke\\s+|kepada\\s+)?(saya|kami|aku)\\b");
    private static final Pattern POSSESSOR_AFTER = Pattern.compile("(?iu)\\s+(saya|kami|aku)\\s+(?=dengan\\b|bersama\\b)");
    /** "Saya dan X …": the speaker joined to a named subject. */
    private static final Pattern FIRST_PERSON_AND = Pattern.compile("(?iu)\\b(saya|aku|kami)\\s+(?:dan|serta|bersama)\\s+$");

    private QuotedFirstPerson() {
    }

    /**
     * The speaker as the subject: "saya" before an active cue, or after a noun cue it owns ("diskusi saya dengan");
     * before a passive cue, the one it happened to, when the speaker is a person. Null when neither is there.
     */
    static Mention subject(String text, Sentence s, int cueBegin, int cueEnd, Entity speaker, boolean passive) {
        if (passive && speaker.type() != EntityType.PERSON) {
            return null;
        }
        Matcher me = FIRST_PERSON_BEFORE.matcher(text).region(Math.max(s.begin(), cueBegin - 40), cueBegin);
        if (me.find()) {
            return new Mention(me.start(1), me.end(1), me.group(1), speaker);
        }
        Matcher there = THERE_WAS.matcher(text).region(Math.max(s.begin(), cueBegin - 30), cueBegin);
        if (!passive && there.find()) {
            // "Benar, memang ada pertemuan dengan X," kata Y: the speaker tells of a meeting of their own
            return new Mention(there.start(1), there.end(1), there.group(1), speaker);
        }
        Matcher mine = POSSESSOR_AFTER.matcher(text).region(cueEnd, s.end());
        return !passive && mine.lookingAt() ? new Mention(mine.start(1), mine.end(1), mine.group(1), speaker) : null;
    }

    /** "Saya dan X mau berdiskusi dengan Y," kata Z: the speaker shares the named subject's side. */
    static Mention joinedSubject(String text, Sentence s, int subjectBegin, Entity speaker) {
        Matcher me = FIRST_PERSON_AND.matcher(text).region(Math.max(s.begin(), subjectBegin - 20), subjectBegin);
        return me.find() ? new Mention(me.start(1), me.end(1), me.group(1), speaker) : null;
    }

    /** The speaker as the partner of an active cue: "bertemu saya", "datang ke kami". */
    static Mention partner(String text, Sentence s, int cueEnd, Entity speaker) {
        Matcher meAfter = FIRST_PERSON_AFTER.matcher(text).region(cueEnd, s.end());
        return meAfter.lookingAt() ? new Mention(meAfter.start(1), meAfter.end(1), meAfter.group(1), speaker) : null;
    }
}
