package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other side of a meeting or a visit read from where it took place: whose home it was ("di kediaman X"),
 * the body whose session it was ("menghadiri rapat di DPR"), the country or body visited ("kunjungannya ke
 * Myanmar", "kunjungan kenegaraan ke Brasil").
 */
final class VisitVenues {
    private static final Pattern COMPANION = Pattern.compile("(?iu)\\b(?:bersama|beserta|didampingi|ditemani)\\b");
    private static final Pattern VISIT_TO = Pattern.compile("(?iu)\\b(?:ke|di)\\s+");
    /** A visit's qualifiers before its destination: up to five lower-case words, then "ke" or "di" ("kunjungan kerja di pabrik X"). */
    private static final Pattern QUALIFIED_VISIT_TO = Pattern.compile("\\s+(?:[\\p{Ll}\\d][\\p{L}\\d-]*\\s+){1,5}?((?:ke|di)\\s+)");
    /** "dalam lawatannya", "saat kunjungan kerjanya": a visit named as the time of the main clause. */
    private static final Pattern OWN_VISIT = Pattern.compile("(?iu)\\b(?:dalam|saat|ketika|selama|pada|di sela|di sela-sela)\\s+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?iu)\\p{L}nya\\b");
    private static final Pattern AT_BODY = Pattern.compile("(?iu)\\s+di\\s+");
    /** After "rapat": perhaps its kind, then the body whose meeting it is. */
    private static final String HEARING = "(?:dengar\\s+pendapat(?:\\s+umum)?|kerja)\\s+";
    private static final Pattern MEETING_OF = Pattern.compile("(?iu)\\s+(?:" + HEARING + ")?");
    private static final Pattern HEARING_OF = Pattern.compile("(?iu)\\s+" + HEARING);
    private static final Pattern AT_HOME = Pattern.compile("(?iu)\\bdi\\s+(?:kediaman|rumah|kantor)\\s+(?:pribadi\\s+)?");

    /** After the place visited: a purpose of seeing someone. */
    private static final Pattern TO_SEE_SOMEONE = Pattern.compile("(?iu)[^.;\"“”]{0,60}?\\b(?:untuk|guna|demi)\\s+(?:\\p{L}+\\s+)?"
            + "(?:menjenguk|membesuk|menengok|mengunjungi|menemui|bertemu|menyambangi)\\b");
    /** "tiba di Tokyo, Jepang, Minggu (20/5), untuk kunjungan kenegaraan": where the visitor arrived for the visit. */
    private static final Pattern ARRIVED_IN = Pattern.compile("(?iu)\\b(?:tiba|mendarat|datang)\\s+di\\s+");
    private static final Pattern FOR_VISIT = Pattern.compile("(?iu)[\\s,]*\\b(?:untuk|guna|dalam(?:\\s+rangka)?)\\s+(?:melakukan\\s+)?$");
    private final ContactParticipants participants;
    private final TimeClauses timeClauses;

    VisitVenues(ContactParticipants participants, TimeClauses timeClauses) {
        this.participants = participants;
        this.timeClauses = timeClauses;
    }

    /**
     * The sides of a visit read from where it went, when the partners after the cue named no one: the destination
     * ("kunjungannya ke X"), or the country arrived in; and whose visit it is. Returns {subjects, partners}.
     */
    @SuppressWarnings("unchecked")
    List<Mention>[] sides(AnnotatedText at, Sentence s, int clauseStart, int cueBegin, int cueEnd, int partnersEnd, String lowerCue,
                          List<Mention> subjects, List<Mention> partners) {
        if (partners.isEmpty()) {
            partners = destination(at, s, cueEnd, partnersEnd);
        }
        Arrival arrival = partners.isEmpty() && ContactExtractor.isNoun(lowerCue) ? arrival(at, s, cueBegin) : null;
        if (arrival != null) {
            // "A dan B tiba di Kanada … untuk kunjungan resmi": who arrived visits the country arrived in
            partners = List.of(arrival.country());
            subjects = participants.subjects(at, Math.max(clauseStart, ContactParticipants.datelineEnd(at, s, arrival.verbBegin())),
                    arrival.verbBegin());
        }
        if (!partners.isEmpty() && ContactExtractor.isNoun(lowerCue) && ownVisit(at.text(), s, cueBegin, partners.get(0).begin())) {
            // "X menemui pimpinan DPR dalam lawatan resminya ke Indonesia": whose visit it is opens the sentence
            List<Mention> opening = timeClauses.openingSubject(at, s, cueBegin);
            if (!opening.isEmpty()) {
                subjects = opening;
            }
        }
        return new List[] {subjects, partners};
    }

    /** "melakukan pertemuan di kediaman X": the host is whose home it was; "menghadiri rapat di DPR": the body. */
    List<Mention> host(AnnotatedText at, Sentence s, int cueEnd, String lowerCue) {
        String text = at.text();
        Matcher home = AT_HOME.matcher(text).region(cueEnd, s.end());
        List<Mention> host = List.of();
        if (home.find() && ContactParticipants.words(text, cueEnd, home.start()) <= 6) {
            host = participants.list(at, home.end(), s.end()).stream().limit(1)
                    .filter(m -> m.entity().type() == EntityType.PERSON && m.begin() == home.end()).toList();
        }
        if (!host.isEmpty() || !lowerCue.endsWith("rapat")) {
            return host;
        }
        Matcher venue = AT_BODY.matcher(text).region(cueEnd, s.end());
        if (venue.lookingAt()) {
            host = bodyAt(at, s, venue.end());
        }
        // "hadir ke rapat Pansus Angket DPR", "menghadiri Rapat Dengar Pendapat Komisi III": the body's own meeting; one
        // merely attended ("menghadiri rapat Dewan X") may be the attendee's own board, so it takes a hearing or working meeting
        Matcher ofBody = (lowerCue.startsWith("menghadiri") || lowerCue.startsWith("hadir d") ? HEARING_OF : MEETING_OF)
                .matcher(text).region(cueEnd, s.end());
        if (host.isEmpty() && ofBody.lookingAt()) {
            host = bodyAt(at, s, ofBody.end());
        }
        return host;
    }

    /** The organisation named right at {@code begin}, as the first item of a list there; else none. */
    private List<Mention> bodyAt(AnnotatedText at, Sentence s, int begin) {
        return participants.list(at, begin, s.end()).stream().limit(1)
                .filter(m -> m.entity().type() == EntityType.ORGANIZATION && m.begin() == begin).toList();
    }

    /** "kunjungannya ke Myanmar", "melakukan lawatan di Yordania", "kunjungan resmi pertama … ke Rusia": the host. */
    private List<Mention> destination(AnnotatedText at, Sentence s, int cueEnd, int partnersEnd) {
        String text = at.text();
        Matcher directlyTo = VISIT_TO.matcher(text).region(cueEnd, s.end());
        Matcher qualifiedTo = QUALIFIED_VISIT_TO.matcher(text).region(cueEnd, partnersEnd);
        if (qualifiedTo.lookingAt() && at.actorsIn(cueEnd, qualifiedTo.end()).isEmpty()) {
            directlyTo.region(qualifiedTo.start(1), s.end()); // "kunjungan kenegaraan ke Brasil": read from its "ke"
        }
        if (!(directlyTo.lookingAt() || (directlyTo.find() && directlyTo.start() == cueEnd + 1))) {
            return List.of();
        }
        // "kunjungannya ke Myanmar dan Bangladesh"; not "lawatannya ke parlemen, X didampingi …"
        List<Mention> visited = participants.list(at, directlyTo.end(), partnersEnd);
        String gap = visited.isEmpty() ? "" : text.substring(directlyTo.end(), visited.get(0).begin());
        return gap.isBlank() || ContactSides.BUILDING.matcher(gap).matches() ? visited : List.of();
    }

    /** Where a visitor arrived for a visit: the verb of arrival starts at {@code verbBegin}; the country arrived in. */
    record Arrival(int verbBegin, Mention country) {
    }

    /** "X tiba di Tokyo, Jepang, Minggu, untuk kunjungan kenegaraan": the country the visitor arrived in, or null. */
    private Arrival arrival(AnnotatedText at, Sentence s, int cueBegin) {
        String text = at.text();
        Matcher purpose = FOR_VISIT.matcher(text).region(Math.max(s.begin(), cueBegin - 30), cueBegin);
        if (!purpose.find()) {
            return null;
        }
        Matcher arrived = ARRIVED_IN.matcher(text).region(s.begin(), purpose.start());
        int verb = -1;
        int from = -1;
        while (arrived.find()) {
            verb = arrived.start();
            from = arrived.end();
        }
        if (from < 0 || ContactParticipants.words(text, from, purpose.start()) > 8) {
            return null;
        }
        List<Mention> there = at.actorsIn(from, purpose.start());
        // a person or a body there is whom the visit was to, which this reading does not decide
        return there.size() == 1 && there.get(0).entity().type() == EntityType.COUNTRY ? new Arrival(verb, there.get(0)) : null;
    }

    /**
     * Whether the bodies visited were only where the visitors went to see someone: "menyambangi markas polisi, di kota Y,
     * untuk menemui X".
     */
    static boolean venueOfPurpose(String text, Sentence s, List<Mention> visited) {
        if (visited.isEmpty() || visited.stream().anyMatch(m -> m.entity().type() == EntityType.PERSON)) {
            return false;
        }
        return TO_SEE_SOMEONE.matcher(text).region(visited.get(visited.size() - 1).end(), s.end()).lookingAt();
    }

    /** "dalam lawatan resminya ke X": a visit that belongs ("-nya") to the subject of the sentence it times. */
    private static boolean ownVisit(String text, Sentence s, int cueBegin, int destinationBegin) {
        return OWN_VISIT.matcher(text.substring(Math.max(s.begin(), cueBegin - 20), cueBegin)).find()
                && POSSESSIVE.matcher(text.substring(cueBegin, destinationBegin)).find();
    }

    /** The partners before the first one who came along ("X bersama Y", "X ditemani Y"). */
    static List<Mention> withoutCompanions(String text, List<Mention> partners) {
        for (int i = 1; i < partners.size(); i++) {
            if (COMPANION.matcher(text.substring(partners.get(i - 1).end(), partners.get(i).begin())).find()) {
                return partners.subList(0, i);
            }
        }
        return partners;
    }
}
