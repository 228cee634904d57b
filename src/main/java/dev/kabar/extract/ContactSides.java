package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two sides of a contact cue, read from the clause around it: the subject before the cue, the partners
 * after it ("dengan X, Y dan Z", "mengundang X", "di kediaman X", "kunjungannya ke X"), a time clause whose
 * subject is the main clause's ("Ketika bertemu X, Y …"), and what a "-nya" stands for ("pertemuannya dengan X",
 * "dihubunginya", "meneleponnya").
 */
final class ContactSides {
    /** What was read: who is on each side, the word that introduced the partners, and whether the cue is passive. */
    record Sides(List<Mention> subjects, List<Mention> partners, String introWord, boolean passive) {
    }

    /** Numbers that count a group before it is named: "tiga perusahaan". */
    static final String NUMBER = "dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\\d{1,2}";
    /** Bodies and countries counted as a group: "dengan tiga perusahaan", "ketiga negara itu". */
    static final String BODY_NOUNS = "(?:perusahaan|negara|klub|partai|lembaga|organisasi|instansi|kementerian|bank|maskapai|operator)";
    /** "menerima petinggi partai", "bertemu dengan para uskup": people the sentence describes without naming them. */
    private static final Pattern DESCRIBED_GROUP = Pattern.compile("(?iu)\\s+(?:dengan\\s+)?(?:para\\s+|sejumlah\\s+|beberapa\\s+)?"
            + "(?:petinggi|pimpinan|pengurus|anggota|tokoh|pejabat|perwakilan|delegasi|rombongan|utusan|ketua|menteri|duta|"
            + "uskup|ulama|kiai|pengusaha|kepala|pemimpin|elite|elit|politisi|politikus|wakil|kader|relawan)\\b");
    /** "melakukan pembicaraan dengan tiga perusahaan": bodies the sentence counts, named in a sentence after it. */
    private static final Pattern COUNTED_BODIES = Pattern.compile("(?iu)\\s+(?:dengan\\s+)(?:" + NUMBER + ")\\s+" + BODY_NOUNS + "\\b");
    private static final Pattern PARTNER_INTRO = Pattern.compile("(?iu)\\b(dengan|bersama|antara)\\b");
    /** "Gedung KPK", "kantor Kementerian Luar Negeri", "pabrik baru X": an organisation's building stands for it. */
    static final Pattern BUILDING = Pattern.compile("(?iu)\\s*(?:gedung|kantor(?:\\s+pusat)?|markas(?:\\s+besar)?|kompleks|pabrik|kampus)"
            + "(?:\\s+(?:baru|utama))?\\s+");
    /** "tutur X di hadapan Y": the speaker, then whom the speaker faced. */
    private static final Pattern SPEAKER_FACING = Pattern.compile(
            "(?iu)\\b(?:kata|ujar|tutur|ucap|jelas|ungkap|tegas|imbuh)(\\s+)[^,.;\"“”]{1,60}?(\\s+di hadapan\\s+)");
    /** "kata X kepada Y" right before "melalui telepon". */
    private static final Pattern TOLD_BY_PHONE = Pattern.compile(
            "(?iu)\\b(?:kata|ujar|tutur|ucap|jelas|ungkap|tegas|mengatakan|menyampaikan)(\\s+)[^,.;\"“”]{1,60}?(\\s+kepada\\s+)[^,.;\"“”]{1,60}$");
    private static final Pattern INVITER = Pattern.compile("(?iu)\\s+(?:resmi\\s+)?(?:dari\\s+)?");
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "(?iu)[\"”]\\s*,?\\s*(?:kata|ujar|ucap|ungkap|tegas|jelas|tutur|imbuh|tambah|lanjut|katanya|ujarnya)\\b");
    /** "Kedatangannya disambut", "Rombongannya diterima": the arrival of someone named before, then the verb. */
    private static final Pattern ARRIVAL_OF_NAMED = Pattern.compile(
            "(?iu)\\s*(?:kedatangan|kehadiran|kunjungan|rombongan)nya\\s+(?:(?:pun|juga|langsung|kemudian)\\s+)*$");
    /** "Hal itu diungkapkan usai …": what someone said, with no agent named, then when they said it. */
    private static final Pattern SAID_WITHOUT_AGENT = Pattern.compile("(?iu)\\s*(?:hal|pernyataan|keterangan)\\s+(?:(?:itu|ini|tersebut)\\s+)?"
            + "(?:(?:juga|pun)\\s+)?(?:di)?(?:ungkapkan|sampaikan|katakan|tegaskan|jelaskan|utarakan)\\s+"
            + "(?:(?:dia|ia|nya|beliau)\\s+)?(?:usai|seusai|setelah|sesudah|saat|ketika|seraya|sebelum|selepas)\\s+$");
    /** "di sela pertemuan", "dalam pertemuan": a meeting as the circumstance of what the sentence tells. */
    private static final Pattern AMID = Pattern.compile("(?iu)(?<!\\p{L})(?:di\\s+sela(?:-sela)?|dalam|saat|ketika|usai|seusai)\\s+$");
    private static final Pattern BESIDES = Pattern.compile("(?iu)\\s*selain\\s+([^,.;\"“”]{1,120}),");
    private static final Pattern ALSO = Pattern.compile("(?iu)\\bjuga\\b");

    private final ContactCues cues;
    private final ContactParticipants participants;
    private final GroupNamedNext groups;
    private final VisitVenues venues;
    private final DescribedSides described;
    private final TimeClauses timeClauses;

    ContactSides(ContactCues cues, ContactParticipants participants, DescribedSides described) {
        this.cues = cues;
        this.described = described;
        this.participants = participants;
        this.groups = new GroupNamedNext(participants);
        this.timeClauses = new TimeClauses(participants);
        this.venues = new VisitVenues(participants, timeClauses);
    }

    /** The sides of the cue at [cueBegin, cueEnd); null when the cue cannot be a contact here ("menerima laporan"). */
    Sides read(AnnotatedText at, Sentence s, int clauseStart, int cueBegin, int cueEnd, String cue, ContactKind kind,
               QuotedSpeakers speakers, List<Contact> earlier) {
        String text = at.text();
        // "… bertemu para menteri ASEAN," ujar Totok: the quotation ends before its speaker, and so do the partners
        Matcher closes = QUOTE_THEN_SPEAKER.matcher(text).region(cueEnd, s.end());
        int partnersEnd = closes.find() ? closes.start() : s.end();
        // a cue's subject stands after the previous cue of the sentence, never before it
        List<Mention> subjects = participants.subjects(at, Math.max(clauseStart, ContactParticipants.datelineEnd(at, s, cueBegin)), cueBegin);
        List<Mention> partners = new ArrayList<>();
        String lowerCue = cue.toLowerCase(Locale.ROOT);
        boolean passive = ContactExtractor.isPassive(lowerCue);
        Matcher intro = PARTNER_INTRO.matcher(text);
        intro.region(cueEnd, s.end());
        String introWord = null;
        // "memenuhi undangan (dari) Menteri X", "atas undangan X": X invited the subject
        List<Mention> inviters = kind == ContactKind.INVITATION && lowerCue.endsWith("undangan") && !passive
                ? inviterAfter(at, cueEnd, partnersEnd) : List.of();
        if (!inviters.isEmpty()) {
            partners = inviters;
        } else if (ContactCues.endsWithPartnerWord(lowerCue)) {
            partners = participants.list(at, cueEnd, partnersEnd); // the cue itself ends with "dengan"
        } else if (intro.find() && ContactParticipants.words(text, cueEnd, intro.start()) <= 6
                && text.substring(cueEnd, intro.start()).indexOf(',') < 0
                // "mengunjungi AS dan bertemu dengan X": another verb's partner; "membicarakan ISIS dengan X": the topic
                && (at.actorsIn(cueEnd, intro.start()).isEmpty() || cues.takesTopic(ContactCues.normal(lowerCue)))
                && !(cues.takesTopic(ContactCues.normal(lowerCue)) && "antara".equalsIgnoreCase(intro.group(1)))
                // "mengunjungi sebuah sekolah bersama suaminya, X": whoever comes along on a visit is no host
                && !(kind == ContactKind.VISIT && "bersama".equalsIgnoreCase(intro.group(1)) && intro.start() > cueEnd + 1)) {
            // "membahas kerja sama antara A dan B": A and B are the topic's, not the talks' partners
            introWord = intro.group(1);
            partners = participants.list(at, intro.end(), partnersEnd);
        } else if (!passive && !ContactExtractor.isNoun(lowerCue) && !cues.takesTopic(ContactCues.normal(lowerCue))) {
            // "mengundang X", "bertemu mantan Menteri … X"; in headlines also "Bertemu X"
            partners = participants.list(at, cueEnd, partnersEnd);
            // "bertemu politikus PKS …", "mengundang mantan Menteri X": a few words may describe the partner
            int maxGap = lowerCue.startsWith("me") || lowerCue.startsWith("bertemu") || lowerCue.startsWith("berjumpa") ? 3 : 0;
            if (!partners.isEmpty() && ContactParticipants.words(text, cueEnd, partners.get(0).begin()) > maxGap
                    && !ContactParticipants.roleWords(text.substring(cueEnd, partners.get(0).begin()))) {
                partners = List.of();
            }
            // "mengundang sejumlah sahabatnya, seperti X, Y, dan Z": the named examples are the partners
            Matcher examples = ContactParticipants.EXAMPLES.matcher(text).region(cueEnd, s.end());
            if (partners.isEmpty() && (lowerCue.startsWith("me") || lowerCue.startsWith("bertemu")) && examples.find() && ContactParticipants.words(text, cueEnd, examples.start()) <= 8) {
                partners = participants.list(at, examples.end(), partnersEnd);
            }
        }
        boolean groupAhead = false;
        if (partners.isEmpty() && !passive && !ContactExtractor.isNoun(lowerCue) && kind != ContactKind.CALL
                && DESCRIBED_GROUP.matcher(text).region(cueEnd, s.end()).lookingAt()) {
            partners = groups.after(at, s); // "menerima petinggi partai …. Mereka adalah A, B …"
            groupAhead = !partners.isEmpty();
        }
        if (partners.isEmpty() && !passive && COUNTED_BODIES.matcher(text).region(cueEnd, s.end()).lookingAt()) {
            partners = groups.after(at, s); // "pembicaraan dengan tiga perusahaan. Ketiga perusahaan itu adalah A, B, C"
        }
        if (!partners.isEmpty()) {
            partners = DescribedSides.withoutDescribedBodies(text, cueEnd, partners);
        }
        if (kind == ContactKind.VISIT && !passive) {
            partners = VisitVenues.withoutCompanions(text, partners); // "menjenguk X bersama Y": Y came along, Y was not visited
        }
        String phrase = ContactCues.normal(lowerCue);
        if (cues.personOnly(phrase) && !groupAhead && !personNamedAfter(text, cueEnd, partners)) {
            return null; // "menerima laporan dari X" is no meeting; "menerima Presiden X" is
        }
        if (partners.isEmpty() && (kind == ContactKind.MEETING || kind == ContactKind.VISIT)) {
            partners = venues.host(at, s, cueEnd, lowerCue);
        }
        if (kind == ContactKind.VISIT && !passive) {
            List<Mention>[] visit = venues.sides(at, s, clauseStart, cueBegin, cueEnd, partnersEnd, lowerCue, subjects, partners);
            subjects = visit[0];
            partners = visit[1];
        }
        if (subjects.isEmpty() && lowerCue.endsWith("nya") && ContactExtractor.isNoun(lowerCue) && !partners.isEmpty()) {
            // "Dalam lawatannya ke Iran, Presiden Rusia X bertemu …": -nya is the main clause's subject, named after it
            List<Mention>[] fronted = timeClauses.sides(at, s, s.begin(), cueBegin, partners);
            if (!fronted[0].isEmpty()) {
                subjects = fronted[0];
                partners = fronted[1];
            }
        }
        if (subjects.isEmpty() && lowerCue.endsWith("nya") && ContactExtractor.isNoun(lowerCue)) {
            // "pertemuannya dengan X": -nya is whose meeting it was, the person named just before
            subjects = EarlierPerson.lastPersonBefore(at, s, cueBegin, partners, speakers);
        }
        if (passive && lowerCue.endsWith("nya")) {
            // "Negara yang sudah dihubunginya yakni A, B dan C": -nya did it, to the subject or to the named examples
            List<Mention> agentNya = EarlierPerson.lastPersonBefore(at, s, subjects.isEmpty() ? cueBegin : subjects.get(0).begin(), subjects, speakers);
            Matcher examples = ContactParticipants.EXAMPLES.matcher(text).region(cueEnd, s.end());
            List<Mention> patients = !subjects.isEmpty() ? subjects
                    : examples.find() && ContactParticipants.words(text, cueEnd, examples.start()) <= 2
                    ? participants.list(at, examples.end(), s.end()) : List.of();
            if (!agentNya.isEmpty() && !patients.isEmpty()) {
                subjects = agentNya;
                partners = patients;
                passive = false;
            }
        }
        PassiveRelatives.Pair examples = passive && subjects.isEmpty() && partners.isEmpty()
                ? PassiveRelatives.examplesAfterAgent(at, s, cueBegin, cueEnd, partnersEnd, participants) : null;
        if (examples != null) {
            subjects = examples.agents(); // "Sejumlah tokoh yang telah ditemui X antara lain A dan B"
            partners = examples.patients();
            passive = false;
        }
        if (partners.isEmpty() && !subjects.isEmpty() && lowerCue.endsWith("nya") && !passive && !ContactExtractor.isNoun(lowerCue)) {
            // "Tontowi yang meneleponnya": -nya is the person named before the caller
            partners = EarlierPerson.objectPronoun(at, s, subjects, speakers);
        }
        if (kind == ContactKind.CALL && partners.isEmpty()) {
            // "…," kata Kim kepada Guterres melalui telepon: the speaker called the one addressed
            List<Mention>[] told = speakerAndAddressee(at, s, cueBegin, TOLD_BY_PHONE, false);
            if (told != null) {
                subjects = told[0];
                partners = told[1];
            }
        }
        if (partners.isEmpty() && kind == ContactKind.MEETING) {
            // "…," tutur Retno di hadapan Menlu Malaysia Anifah Aman usai melakukan pertemuan": speaker and company
            List<Mention>[] facing = speakerAndAddressee(at, s, cueBegin, SPEAKER_FACING, true);
            if (facing != null) {
                subjects = facing[0];
                partners = facing[1];
            }
        }
        if (subjects.isEmpty() && passive && ARRIVAL_OF_NAMED.matcher(text)
                .region(ContactParticipants.datelineEnd(at, s, cueBegin), cueBegin).lookingAt()) {
            // "Kedatangannya disambut oleh X": the one whose arrival it was, named just before, was met
            subjects = EarlierPerson.lastPersonBefore(at, s, cueBegin, partners, speakers);
        }
        if (subjects.isEmpty() && !partners.isEmpty() && !passive && SAID_WITHOUT_AGENT.matcher(text)
                .region(ContactParticipants.datelineEnd(at, s, cueBegin), cueBegin).lookingAt()) {
            // "X menyatakan … . Hal itu diungkapkan usai bertemu dengan Y": who said it, named just before, met Y
            subjects = EarlierPerson.lastPersonBefore(at, s, s.begin(), partners, speakers);
        }
        if (subjects.isEmpty() && !partners.isEmpty() && ContactExtractor.isNoun(lowerCue) && kind != ContactKind.VISIT
                && AMID.matcher(text).region(Math.max(s.begin(), cueBegin - 20), cueBegin).find()) {
            // "X sudah memaparkan temuannya di sela pertemuan dengan Y": the meeting the sentence's subject was at;
            // "X menegaskan, … dalam perundingan antara A dan B": not after a comma, nor a noun with its own two sides
            List<Mention> opening = "antara".equalsIgnoreCase(introWord) ? List.of() : timeClauses.openingSubject(at, s, cueBegin);
            if (!opening.isEmpty() && text.substring(opening.get(opening.size() - 1).end(), cueBegin).indexOf(',') < 0) {
                subjects = opening;
            }
        }
        if (subjects.isEmpty() && !partners.isEmpty() && !passive && !"antara".equalsIgnoreCase(introWord)) {
            List<Mention>[] clause = timeClauses.sides(at, s, clauseStart, cueBegin, partners);
            subjects = clause[0];
            partners = clause[1];
        }
        Entity quoted = speakers.at(cueBegin);
        Mention me = quoted == null || !subjects.isEmpty() ? null : QuotedFirstPerson.subject(text, s, cueBegin, cueEnd, quoted, passive);
        if (me != null) {
            subjects = List.of(me);
        }
        Mention meAnd = quoted == null || subjects.isEmpty() ? null : QuotedFirstPerson.joinedSubject(text, s, subjects.get(0).begin(), quoted);
        if (meAnd != null && subjects.stream().noneMatch(m -> m.entity().equals(quoted))) {
            subjects = Stream.concat(Stream.of(meAnd), subjects.stream()).toList();
        }
        Mention meAfter = quoted == null || passive ? null : QuotedFirstPerson.partner(text, s, cueEnd, quoted);
        // "diskusi sama saya sudah lama, … (Liga 1)": the pronoun right after the cue is the partner, not a name further on
        if (meAfter != null && (partners.isEmpty() || ContactCues.endsWithPartnerWord(lowerCue) && partners.get(0).begin() >= meAfter.end())) {
            partners = List.of(meAfter);
        }
        if (!partners.isEmpty()) {
            // "Selain politikus PAN Amien Rais, beberapa politikus PKS juga bertemu X": Amien Rais met X as well
            Matcher besides = BESIDES.matcher(text).region(ContactParticipants.datelineEnd(at, s, cueBegin), cueBegin);
            if (besides.lookingAt() && ALSO.matcher(text.substring(besides.end(), cueBegin)).find()) {
                List<Mention> also = at.actorsIn(besides.start(1), besides.end(1)).stream()
                        .filter(m -> m.entity().type() == EntityType.PERSON).toList();
                // "Selain Jack Ma, Trump juga menemui X" after Trump met Jack Ma: besides the one met before, not a co-host
                if (!also.isEmpty() && !metBefore(also.get(also.size() - 1).entity(), subjects, earlier)) {
                    List<Mention> joined = new ArrayList<>(subjects);
                    joined.add(also.get(also.size() - 1));
                    subjects = joined;
                }
            }
        }
        if (!passive && !partners.isEmpty() && subjects.stream().allMatch(m -> m.entity().type() != EntityType.PERSON)) {
            subjects = described.subject(at, s, cueBegin, subjects, partners);
        }
        if (!subjects.isEmpty() && !partners.isEmpty() && ContactParticipants.attributed(at, subjects.get(subjects.size() - 1))) {
            return null; // "Menurut pernyataan Bank Dunia, dalam pertemuan dengan …": whoever met, the bank tells of it
        }
        return new Sides(subjects, partners, introWord, passive);
    }

    /** The actor right after "undangan (resmi) (dari)", perhaps after role words; none when the words differ. */
    private List<Mention> inviterAfter(AnnotatedText at, int cueEnd, int end) {
        Matcher inviter = INVITER.matcher(at.text()).region(cueEnd, end);
        if (!inviter.lookingAt()) {
            return List.of();
        }
        int from = inviter.end();
        List<Mention> after = participants.list(at, from, end);
        if (after.isEmpty()) {
            return after;
        }
        String gap = at.text().substring(from, after.get(0).begin());
        return gap.isBlank() || ContactParticipants.roleWords(gap) ? after.subList(0, 1) : List.of();
    }

    private static boolean metBefore(Entity other, List<Mention> subjects, List<Contact> earlier) {
        for (Contact c : earlier) {
            for (Mention m : subjects) {
                if ((c.a().equals(other) && c.b().equals(m.entity())) || (c.b().equals(other) && c.a().equals(m.entity()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "kata X kepada Y", "tutur X di hadapan Y" before the cue (group 1 ends before the speaker, group 2 before the
     * other side): {speaker, addressee}, or null. With {@code speakerFirst} the speaker must follow the verb directly.
     */
    @SuppressWarnings("unchecked")
    private List<Mention>[] speakerAndAddressee(AnnotatedText at, Sentence s, int cueBegin, Pattern attribution, boolean speakerFirst) {
        Matcher said = attribution.matcher(at.text()).region(s.begin(), cueBegin);
        if (!said.find()) {
            return null;
        }
        List<Mention> speaker = participants.list(at, said.end(1), said.start(2));
        List<Mention> other = participants.list(at, said.end(2), cueBegin);
        if (speaker.isEmpty() || other.isEmpty() || (speakerFirst && speaker.get(0).begin() != said.end(1))) {
            return null;
        }
        return new List[] {speaker.subList(0, 1), other.subList(0, 1)};
    }

    /**
     * A person right after the cue, perhaps after a role ("menerima Presiden X"), or an organisation named by its
     * building ("mendatangi Gedung KPK").
     */
    private static boolean personNamedAfter(String text, int cueEnd, List<Mention> partners) {
        if (partners.isEmpty()) {
            return false;
        }
        String gap = text.substring(cueEnd, partners.get(0).begin());
        EntityType type = partners.get(0).entity().type();
        return (type == EntityType.PERSON && (gap.isBlank() || ContactParticipants.roleWords(gap)))
                || (type == EntityType.ORGANIZATION && BUILDING.matcher(gap).matches());
    }
}
