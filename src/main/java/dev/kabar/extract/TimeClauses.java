package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of a cue inside a time or purpose clause ("Ketika bertemu X, Y menyampaikan …", "Y menyampaikan …
 * kala bertemu X"), which is the main clause's, and the subject that opens a sentence.
 */
final class TimeClauses {
    /**
     * "Ketika bertemu X, Y menyampaikan …", "… kala bertemu X", "… bertolak ke AS untuk melakukan pertemuan dengan X":
     * a time or purpose clause whose subject is the main clause's.
     */
    private static final Pattern WHEN_CLAUSE = Pattern.compile(
            "(?iu)\\b(?:ketika|saat|kala|tatkala|sewaktu|usai|seusai|setelah|sesudah|selepas|sebelum|setibanya|dalam|untuk|guna)\\s+"
            + "(?:[^,.;\"“”]{1,60}\\s+dan\\s+)?(?:(?:sempat|telah|sudah|juga|lagi|melakukan|menggelar|mengadakan|terlebih dahulu|lebih dahulu|lebih dulu|"
            // "saat hendak berangkat memenuhi undangan X": a journey to the contact, by the main clause's subject
            + "hendak|akan|ingin|bakal|berangkat|pergi|datang)\\s+){0,3}$");
    /** Words that may open a sentence before a fronted time clause: "Lalu setelah bertemu …", "Saat ditanya usai …". */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?iu)^[\\s\"“(]*(?:(?:lalu|kemudian|namun|dan|selanjutnya|sementara itu|sebelumnya|adapun)\\b[\\s,]*)?"
            + "(?:(?:saat|ketika)\\s+(?:ditanya|ditemui|dikonfirmasi|dihubungi)\\s+)?$");
    /** Between the clause's last partner and the main clause's subject: a comma, perhaps after a few words of when or where. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?iu)(?:\\s+(?!dan\\b|serta\\b)[\\p{L}\\d()/.-]+){0,5}\\s*,\\s*");
    /** After a fronted time clause: ", Y menyampaikan" or ", ia …". */
    private static final Pattern MAIN_SUBJECT_PRONOUN = Pattern.compile("(?iu)\\s*,\\s*(?:ia|dia|beliau)\\b");
    /** Between two subjects that open a sentence together: a connector, then perhaps a role. */
    private static final Pattern JOINED = Pattern.compile("(?iu)\\s*(?:,\\s*)?(?:dan|serta|bersama|beserta)\\s+(.*)");

    private final ContactParticipants participants;

    TimeClauses(ContactParticipants participants) {
        this.participants = participants;
    }

    /**
     * The two sides of a time clause around the cue: fronted ("Ketika bertemu X, Y menyampaikan …": the actor
     * right after the clause's comma is the subject) or trailing ("Y telah menyampaikan … kala bertemu X": the
     * sentence's opening subject). Returns {subjects, partners}; no subject when the cue is not in such a clause.
     */
    @SuppressWarnings("unchecked")
    List<Mention>[] sides(AnnotatedText at, Sentence s, int clauseStart, int cueBegin, List<Mention> partners) {
        String text = at.text();
        List<Mention>[] none = new List[] {List.of(), partners};
        Matcher when = WHEN_CLAUSE.matcher(text).region(Math.max(clauseStart, cueBegin - 100), cueBegin);
        if (!when.find()) {
            return none;
        }
        boolean fronted = CONNECTIVE.matcher(text.substring(ContactParticipants.datelineEnd(at, s, when.start()), when.start())).matches();
        if (!fronted) {
            List<Mention> opening = openingSubject(at, s, when.start());
            return opening.isEmpty() || SubjectQualifiers.sentSomeone(text.substring(opening.get(opening.size() - 1).end(), when.start()))
                    ? none : new List[] {opening, partners};
        }
        Mention last = partners.get(partners.size() - 1);
        String after = text.substring(last.end(), Math.min(s.end(), last.end() + 6));
        if (partners.size() >= 2 && clauseEnds(text.substring(partners.get(partners.size() - 2).end(), last.begin()))
                && !after.matches("(?s)\\s*(?:,|dan\\b|serta\\b).*")) {
            // "Ketika menemui Menlu Mesir, Sameh Shoukry, Retno menegaskan …", "Setelah bertemu X selama dua pekan, Y
            // menulis …", "Dalam lawatannya ke Iran, Presiden Rusia X bertemu …": the last item opens the main clause
            return new List[] {List.of(last), partners.subList(0, partners.size() - 1)};
        }
        int comma = text.indexOf(',', last.end());
        if (comma < 0 || comma >= s.end() || ContactParticipants.words(text, last.end(), comma) > 8) {
            return none;
        }
        Matcher pronoun = MAIN_SUBJECT_PRONOUN.matcher(text).region(comma, s.end());
        if (pronoun.lookingAt()) {
            Entity person = at.lastPersonBefore(s.begin());
            return person == null ? none : new List[] {List.of(new Mention(comma + 1, pronoun.end(), "ia", person)), partners};
        }
        List<Mention> main = participants.list(at, comma + 1, s.end());
        if (main.isEmpty() || ContactParticipants.words(text, comma + 1, main.get(0).begin()) > 4) {
            return none;
        }
        String lead = text.substring(comma + 1, main.get(0).begin());
        return lead.isBlank() || ContactParticipants.roleWords(lead) ? new List[] {main.subList(0, 1), partners} : none;
    }


    /** The end of a fronted clause, then perhaps the main clause's subject's role: ", ", "selama dua pekan, ", ", Presiden Rusia ". */
    private static boolean clauseEnds(String gap) {
        Matcher end = CLAUSE_END.matcher(gap);
        if (end.matches()) {
            return true;
        }
        int comma = gap.lastIndexOf(',');
        return comma >= 0 && CLAUSE_END.matcher(gap.substring(0, comma + 1)).matches() && ContactParticipants.roleWords(gap.substring(comma + 1));
    }

    /**
     * The subject that opens the sentence ("Menteri Luar Negeri X telah menyampaikan …, kala bertemu Y"): the
     * first actor, preceded by nothing but a dateline and role words, with "X dan Y" joined.
     */
    List<Mention> openingSubject(AnnotatedText at, Sentence s, int cueBegin) {
        String text = at.text();
        int from = ContactParticipants.datelineEnd(at, s, cueBegin);
        List<Mention> before = new ArrayList<>(at.actorsIn(from, cueBegin));
        before.removeIf(m -> SubjectQualifiers.locative(at, m));
        Mention pronoun = PronounSubjects.opening(at, s, before.isEmpty() ? cueBegin : before.get(0).begin());
        if (pronoun != null) {
            return List.of(pronoun); // "Ia akhirnya buka suara … dalam perbincangan dengan X"
        }
        if (before.isEmpty()) {
            return List.of();
        }
        int k = SubjectQualifiers.pastQualifiers(text, before);
        Mention first = before.get(k);
        String lead = text.substring(from, first.begin());
        if (!(lead.isBlank() || ContactParticipants.roleWords(lead)) || !at.standsAlone(first)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(List.of(first));
        for (int i = k + 1; i < before.size(); i++) {
            // "Menhan X bersama Menlu Y akan berangkat …": both open the sentence
            Matcher joined = JOINED.matcher(text.substring(out.get(out.size() - 1).end(), before.get(i).begin()));
            if (!joined.matches() || !(joined.group(1).isBlank() || ContactParticipants.roleWords(joined.group(1)))
                    || before.get(i).entity().type() != first.entity().type()) {
                break;
            }
            out.add(before.get(i));
        }
        return out;
    }
}
