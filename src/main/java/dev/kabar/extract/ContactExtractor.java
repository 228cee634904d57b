package dev.kabar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who talked to whom: a cue from the contact lexicon ("berbicara melalui telepon", "bertemu", "mengundang" …)
 * with its subject before it and its partners after it ("dengan X, Y dan Z"; "mengundang X"), or joint
 * subjects ("X dan Y … dalam percakapan telepon"). One contact per pair of distinct actors.
 */
public final class ContactExtractor {
    /** A preposition before "mereka", or a purpose or relative clause between it and the cue: "mereka" is no subject. */
    private static final Pattern NOT_SUBJECT_BEFORE = Pattern.compile("(?iu)\\b(?:kepada|dengan|untuk|bagi|pada|oleh|ke|dari|antara)\\s+$");
    private static final Pattern NOT_SUBJECT_AFTER = Pattern.compile("(?iu)\\b(?:untuk|agar|supaya|yang|guna)\\b");
    private static final Pattern BOTH = Pattern.compile("(?iu)\\b(keduanya|mereka(?: berdua)?|kedua(?:nya)? (?:pemimpin|tokoh|menteri|presiden|pihak))\\s+(?:\\p{L}+\\s+){0,3}$");
    /** "menjabat sebagai Bendahara ", "selaku Ketua Umum ": a held role whose body follows. */
    private static final Pattern HELD_ROLE = Pattern.compile("(?u)\\b(?:sebagai|menjabat|selaku)\\s+(?:\\p{Lu}\\p{L}*\\s+){1,4}$");
    /** Where a quotation closes or an attribution starts: actors beyond it are not the conversation's. */
    private static final Pattern QUOTE_OR_ATTRIBUTION = Pattern.compile("[\"”]|,\\s*(?:kata|ujar|ucap|ungkap|tegas|jelas|tutur)\\b");
    private static final Pattern VISIT_TO = Pattern.compile("(?iu)\\bke\\s+");
    /** Between a verb's object and a second verb with the same subject: "… A dan bertemu", "… A, lalu menemui". */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?iu)\\s*,?\\s*(?:dan|serta|lalu|kemudian|sebelum|setelah|sekaligus|termasuk)\\s+(?:(?:juga|akan|sempat|telah|sudah|langsung)\\s+)*");
    /**
     * A verb between a joint subject and the cue; not one that only carries a noun cue ("A bersama B telah melakukan
     * pembahasan", "… merampungkan pembahasan"), whose pair held the talks.
     */
    private static final Pattern VERB_BETWEEN = Pattern.compile("(?u)(?<!\\p{L})(?:me|ber)(?!sama\\b|serta\\b)"
            + "(?!(?:lakukan|nggelar|ngadakan|rampungkan|nyelesaikan|mulai|lanjutkan)\\s+$)\\p{Ll}{3,}");
    private static final Pattern TOPIC = Pattern.compile("(?iu)\\b(membahas|mengenai|terkait|soal|tentang|bahas)\\s+");
    /** "… untuk melakukan pembicaraan": a purpose, planned; after another cue of the sentence, no event of its own. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?iu)\\b(untuk|guna)\\s+(?:melakukan\\s+|menggelar\\s+|mengadakan\\s+)?$");
    /** Passive cues the press uses for reaching its sources ("saat dihubungi", "ketika ditemui"). */
    private static final Set<String> PRESS_CUES = Set.of("dihubungi", "ditemui", "diwawancarai", "diwawancara");
    /** Attending a meeting named before: "mengikuti pertemuan", "menghadiri pertemuan (itu)". */
    private static final Pattern ATTENDED = Pattern.compile("(?iu)(?:mengikuti|menghadiri)\\s+pertemuan");
    private static final Pattern PLANNED = Pattern.compile(
            "(?iu)\\b(akan|bakal|direncanakan|dijadwalkan|rencananya|berencana|merencanakan|hendak|ingin|mau|berniat)\\b");

    /** "A dan B dipertemukan": brought together, so they met each other. */
    private static final String RECIPROCAL_PASSIVE = "dipertemukan";
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\byang\\b");
    /** "pemerintah, dalam hal ini A, B dan C, bernegosiasi": the listed bodies act for one party, not with each other. */
    private static final Pattern ONE_PARTY = Pattern.compile("(?iu)(?:\\bdalam hal ini|\\bdiwakili(?:\\s+oleh)?)\\s*,?\\s*$");
    private final ContactCues cues;
    private final ContactParticipants participants;
    private final ContactSides sides;
    private final ContactContext context;
    private final NounSides nounSides;

    public ContactExtractor(Lexicon lexicon, DateResolver dates, SpeechLexicon speech) {
        this.cues = new ContactCues(lexicon);
        NameLexicon names = new NameLexicon(lexicon);
        this.participants = new ContactParticipants(speech, names);
        this.sides = new ContactSides(cues, participants, new DescribedSides(new DescribedSpeakers(names)));
        this.context = new ContactContext(dates);
        this.nounSides = new NounSides(participants);
    }

    public List<Contact> extract(AnnotatedText at) {
        return extract(at, QuotedSpeakers.NONE);
    }

    /** With the direct statements of the article, so that "saya" in a quotation is its speaker. */
    public List<Contact> extract(AnnotatedText at, List<Statement> statements) {
        return extract(at, new QuotedSpeakers(at.text(), statements));
    }

    private List<Contact> extract(AnnotatedText at, QuotedSpeakers speakers) {
        return context.leadDated(at, ContactContext.datedAlike(contacts(at, speakers)));
    }

    private List<Contact> contacts(AnnotatedText at, QuotedSpeakers speakers) {
        String text = at.text();
        List<Contact> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : at.sentences()) {
            int clauseStart = s.begin();
            ContactSides.Sides previous = null;
            // a cue's subject stands after the last cue that paired anyone ("X, yang melakukan kunjungan ke …, bertemu Y")
            int subjectsFrom = s.begin();
            ContactKind previousKind = null;
            for (PhraseAlternation.Found m : cues.find(text, s)) {
                int previousCueEnd = clauseStart;
                ContactKind kindBefore = previousKind;
                clauseStart = m.end();
                String cue = m.phrase();
                String phrase = ContactCues.normal(cue);
                ContactKind kind = cues.kindOf(phrase);
                previousKind = kind;
                // "mengundang X ke Moskow untuk melakukan pembicaraan": the purpose of the invitation, no event of its own
                // "Pertemuan itu dirancang ketika X … untuk bertemu Y": an earlier cue with no one after it has no purpose here
                boolean purposeOfEarlierCue = previousCueEnd > s.begin() && previous != null && !previous.partners().isEmpty()
                        && PURPOSE.matcher(text.substring(Math.max(s.begin(), m.begin() - 40), m.begin())).find();
                if (NotAnEvent.here(at, s, m.begin(), m.end(), cue, kind, purposeOfEarlierCue, kindBefore, cues)) {
                    continue;
                }
                ContactSides.Sides read = sides.read(at, s, subjectsFrom, m.begin(), m.end(), cue, kind, speakers, out);
                if (read == null) {
                    continue;
                }
                read = coordinated(text, read, previous, m.begin());
                if (purposeOfEarlierCue && kindBefore == ContactKind.VISIT && previous != null && !previous.subjects().isEmpty()) {
                    // "X menyambangi Mako Brimob, Depok, untuk mengunjungi Y": the visitor, not the place visited
                    read = new ContactSides.Sides(previous.subjects(), read.partners(), read.introWord(), read.passive());
                }
                previous = read;
                if (kind == ContactKind.VISIT && VisitVenues.venueOfPurpose(text, s, read.partners())) {
                    continue; // "menyambangi markas polisi untuk menemui X": the place was where they went to see X
                }
                for (Contact c : contactsAt(at, s, m.begin(), m.end(), cue, kind, read, out)) {
                    // "Keduanya membahas …" right after their call: the topic of that conversation, not a new one
                    if (cues.takesTopic(phrase) && ContactContext.samePairJustBefore(at, s, c, out)) {
                        continue;
                    }
                    if (cues.isConversation(phrase)) {
                        Contact call = ContactContext.callJustBefore(at, s, c, out);
                        if (ContactCues.byPhone(cue) || ContactCues.byPhoneAfter(text, read.partners(), s.end())) {
                            c = ContactContext.withKind(c, ContactKind.CALL, c.date(), c.endDate());
                        } else if (call == null) {
                            c = ContactContext.withKind(c, ContactKind.TALKS, c.date(), c.endDate());
                        } else {
                            c = ContactContext.withKind(c, ContactKind.CALL, c.date() != null ? c.date() : call.date(),
                                    c.date() != null ? c.endDate() : call.endDate());
                        }
                    }
                    String key = c.kind() + "|" + c.a().key() + "|" + c.b().key() + "|" + c.evidence().begin();
                    if (seen.add(key)) {
                        out.add(c);
                        subjectsFrom = m.end();
                    }
                }
            }
        }
        return out;
    }

    /**
     * "X akan mengunjungi A dan bertemu dengan B": a second verb joined to the first shares its subject; what stands
     * before it is the first verb's object, not the second's subject.
     */
    private static ContactSides.Sides coordinated(String text, ContactSides.Sides read, ContactSides.Sides previous, int cueBegin) {
        if (previous == null || previous.subjects().isEmpty() || previous.partners().isEmpty()) {
            return read;
        }
        // what stands before the second verb is the first verb's object: one of its partners, or (when its partners
        // were read further on, "menemui petinggi X termasuk bertemu dengan A, B") a name after its subject
        Mention object = read.subjects().isEmpty()
                ? previous.partners().stream().filter(m -> m.end() <= cueBegin).reduce((x, y) -> y).orElse(null)
                : read.subjects().get(read.subjects().size() - 1);
        Mention firstSubject = previous.subjects().get(previous.subjects().size() - 1);
        boolean isObject = object != null && (previous.partners().containsAll(read.subjects())
                || (object.begin() > firstSubject.end() && previous.partners().stream().allMatch(m -> m.begin() > cueBegin)));
        if (!isObject || object.end() > cueBegin || !COORDINATION.matcher(text.substring(object.end(), cueBegin)).matches()) {
            return read;
        }
        return new ContactSides.Sides(previous.subjects(), read.partners(), read.introWord(), read.passive());
    }

    /** Where the clause after a cue ends: at a closing quotation mark or an attribution, else at the sentence's end. */
    private static int quoteOrAttribution(String text, int cueEnd, Sentence s) {
        Matcher stop = QUOTE_OR_ATTRIBUTION.matcher(text).region(cueEnd, s.end());
        return stop.find() ? stop.start() : s.end();
    }

    private List<Contact> contactsAt(AnnotatedText at, Sentence s, int cueBegin, int cueEnd, String cue,
                                     ContactKind kind, ContactSides.Sides sides, List<Contact> earlier) {
        String text = at.text();
        List<Mention> subjects = sides.subjects();
        List<Mention> partners = sides.partners();
        String introWord = sides.introWord();
        boolean passive = sides.passive();
        String lowerCue = cue.toLowerCase(Locale.ROOT);
        String phrase = ContactCues.normal(lowerCue);
        List<Entity[]> pairs = new ArrayList<>();
        List<Mention> agent = List.of();
        List<Mention> pairsNamed;
        List<Mention> otherSide = List.of();
        Matcher both = null;
        boolean initiatorKnown = !passive && !partners.isEmpty() && lowerCue.startsWith("me") && !lowerCue.startsWith("bert");
        boolean hosted = cues.hosts(ContactCues.normal(lowerCue));
        Matcher to = VISIT_TO.matcher(text).region(cueEnd, s.end());
        if (isNoun(lowerCue) && kind != ContactKind.VISIT && kind != ContactKind.INVITATION
                && !ContactCues.endsWithPartnerWord(lowerCue) // "wawancara dengan A dan B": both are partners
                && !(pairsNamed = nounSides.namedPair(at, s, cueEnd)).isEmpty()) {
            // the noun's own two sides, whoever the sentence's subject ("X ditetapkan … karena pertemuan X dengan Y")
            // "Pertemuan Korsel dan Korut digelar", "Pertemuan Presiden X dengan PM Y": the two named right after the noun
            pairs.add(new Entity[] {pairsNamed.get(0).entity(), pairsNamed.get(1).entity()});
            initiatorKnown = false;
        } else if (cues.bringsTogether(phrase) && partners.size() >= 2) {
            // "forum yang mempertemukan delegasi Indonesia dan UEA": the two brought together met
            for (int i = 0; i < partners.size(); i++) {
                for (int j = i + 1; j < partners.size(); j++) {
                    pairs.add(new Entity[] {partners.get(i).entity(), partners.get(j).entity()});
                }
            }
            initiatorKnown = false;
        } else if (hosted && !subjects.isEmpty() && !partners.isEmpty()) {
            // "X menerima kunjungan Y": Y came to X
            for (Mention host : subjects) {
                for (Mention guest : partners) {
                    pairs.add(new Entity[] {guest.entity(), host.entity()});
                }
            }
            initiatorKnown = true;
        } else if ("antara".equalsIgnoreCase(introWord)
                && (!(otherSide = nounSides.otherSide(at, s, partners)).isEmpty() || partners.size() >= 2)) {
            // "pertemuan antara X dan Y"; "Elza dikonfirmasi mengenai pertemuan antara X dan Y": Elza was not there;
            // "pertemuan antara A, B dan C dengan D": A, B and C on one side, D on the other
            int split = nounSides.withSplit(at.text(), partners);
            if (otherSide.isEmpty() && split > 0) {
                otherSide = partners.subList(split, partners.size());
                partners = partners.subList(0, split);
            }
            for (int i = 0; i < partners.size(); i++) {
                if (!otherSide.isEmpty()) {
                    for (Mention o : otherSide) {
                        pairs.add(new Entity[] {partners.get(i).entity(), o.entity()});
                    }
                    continue;
                }
                for (int j = i + 1; j < partners.size(); j++) {
                    pairs.add(new Entity[] {partners.get(i).entity(), partners.get(j).entity()});
                }
            }
            initiatorKnown = false;
        } else if (subjects.isEmpty() && kind == ContactKind.VISIT && isNoun(lowerCue) && to.find()) {
            // "kunjungan Presiden X ke Rusia": the visitor after the noun, the host after "ke"
            List<Mention> visitors = participants.list(at, cueEnd, to.start());
            List<Mention> hosts = participants.list(at, to.end(), s.end());
            if (!visitors.isEmpty() && !hosts.isEmpty() && ContactParticipants.words(text, to.end(), hosts.get(0).begin()) <= 2) {
                // "kunjungan X ke Korsel, China, dan Jepang": a tour of countries visits each; otherwise the first is the host
                List<Mention> visited = new ArrayList<>(hosts.subList(0, 1));
                for (int i = 1; i < hosts.size() && hosts.get(0).entity().type() == EntityType.COUNTRY
                        && hosts.get(i).entity().type() == EntityType.COUNTRY
                        && ListedNames.SEPARATOR.matcher(text.substring(hosts.get(i - 1).end(), hosts.get(i).begin())).matches(); i++) {
                    visited.add(hosts.get(i));
                }
                for (Mention v : visitors) {
                    for (Mention h : visited) {
                        pairs.add(new Entity[] {v.entity(), h.entity()});
                    }
                }
                initiatorKnown = true;
            }
        } else if (!subjects.isEmpty() && !partners.isEmpty()) {
            for (Mention a : subjects) {
                for (Mention b : partners) {
                    pairs.add(new Entity[] {a.entity(), b.entity()});
                }
            }
        } else if (subjects.isEmpty() && partners.isEmpty() && isNoun(lowerCue)
                && (kind == null || kind == ContactKind.CALL || kind == ContactKind.TALKS)) {
            // "Dalam percakapan telepon, A memberi tahu B": a conversation pairs the two named after it; a meeting
            // or a visit noun does not ("Dalam pertemuan di Markas PBB, Sekjen PBB …" names one side only)
            // "Dalam percakapan telepon, A memberi tahu B": the first two actors after a noun cue
            List<Mention> after = new ArrayList<>();
            int until = quoteOrAttribution(text, cueEnd, s);
            for (Mention m : ContactParticipants.dedupe(at.actorsIn(cueEnd, until))) {
                // "X yang kala itu menjabat sebagai Ketua Partai Y": the body of a role, no second side
                boolean roleBody = m.entity().type() == EntityType.ORGANIZATION
                        && HELD_ROLE.matcher(text).region(Math.max(cueEnd, m.begin() - 60), m.begin()).find();
                if (m.entity().type() != EntityType.COUNTRY && after.size() < 2 && !roleBody) {
                    after.add(m);
                }
            }
            if (after.size() == 2) {
                pairs.add(new Entity[] {after.get(0).entity(), after.get(1).entity()});
            }
        } else if (passive && partners.isEmpty() && !subjects.isEmpty() && !(agent = participants.agentAfter(at, cueEnd, quoteOrAttribution(text, cueEnd, s))).isEmpty()) {
            // "Gomez ketika diwawancarai Zane Lowe", "ditemui Presiden X": the actor right after the verb did it;
            // "saat dihubungi detikcom": an organisation reaching a source by phone is the press at work
            if (PRESS_CUES.contains(phrase)) {
                agent = agent.stream().filter(m -> m.entity().type() != EntityType.ORGANIZATION).toList();
            }
            for (Mention by : agent) {
                for (Mention m : subjects) {
                    pairs.add(new Entity[] {by.entity(), m.entity()});
                }
            }
            initiatorKnown = true;
        } else if (subjects.isEmpty() && partners.isEmpty() && kind != ContactKind.VISIT && kind != ContactKind.INVITATION
                && (both = BOTH.matcher(text.substring(bothFrom(s, cueBegin), cueBegin))).find()) {
            // "keduanya bertemu", "mereka berdua berbincang": the two actors named just before; "keduanya mengunjungi
            // sebuah kafe" is a visit they made together, not to each other
            List<Mention> two = PairReferences.bothMeant(at, s, cueBegin);
            boolean plainMereka = both.group(1).equalsIgnoreCase("mereka");
            int pronounAt = bothFrom(s, cueBegin) + both.start(1);
            // "menulis surat kepada mereka untuk berdiskusi": there "mereka" is no subject
            boolean subject = !plainMereka || !(NOT_SUBJECT_BEFORE.matcher(text).region(Math.max(s.begin(), pronounAt - 15), pronounAt).find()
                    || NOT_SUBJECT_AFTER.matcher(both.group()).find());
            if (two.size() == 2 && subject && (!plainMereka || PairReferences.exactlyTwoPeopleBefore(at, s))) {
                pairs.add(new Entity[] {two.get(0).entity(), two.get(1).entity()});
            }
        } else if (passive && partners.isEmpty() && !subjects.isEmpty() && kind == ContactKind.INVITATION) {
            // "Partai Hijau juga telah dikirimi undangan": the inviter is whoever the article said was inviting
            Entity inviter = ContactContext.lastInviter(earlier);
            if (inviter != null) {
                for (Mention invited : subjects) {
                    pairs.add(new Entity[] {inviter, invited.entity()});
                }
                initiatorKnown = true;
            }
        } else if (partners.isEmpty() && subjects.size() >= 2 && (!passive || RECIPROCAL_PASSIVE.equals(phrase)) && kind != ContactKind.VISIT
                && kind != ContactKind.INVITATION && !"dengan".equalsIgnoreCase(introWord) && !lowerCue.endsWith(" dengan")
                && !(lowerCue.startsWith("me") && !lowerCue.contains(" ") && !(cues.takesTopic(phrase)
                        && !RELATIVE.matcher(text.substring(subjects.get(subjects.size() - 1).end(), cueBegin)).find()))
                && !VERB_BETWEEN.matcher(text.substring(subjects.get(subjects.size() - 1).end(), cueBegin)).find()
                && !ONE_PARTY.matcher(text.substring(Math.max(s.begin(), subjects.get(0).begin() - 30), subjects.get(0).begin())).find()) {
            // "Naver dan Daum ini memiliki spesialisasi di bidang percakapan": another verb stands between
            // a transitive verb without its object ("… menemui titik terang") pairs no one; "menggelar pertemuan" does,
            // and so does a verb whose object is the topic ("Thailand bersama Google membahas …")
            // "X dan Y bertemu": each other; "X, Y dan Z berkomunikasi dengan penggemar": with someone unnamed
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) {
                    pairs.add(new Entity[] {subjects.get(i).entity(), subjects.get(j).entity()});
                }
            }
            initiatorKnown = false;
        }
        if (pairs.isEmpty() && partners.isEmpty() && subjects.size() == 1 && kind == ContactKind.MEETING && ATTENDED.matcher(cue).matches()) {
            // "kata Anies usai mengikuti pertemuan di Kertanegara": the meeting the article just reported
            Contact meeting = ContactContext.meetingJustBefore(at, s, earlier);
            if (meeting != null) {
                for (Entity other : List.of(meeting.a(), meeting.b())) {
                    pairs.add(new Entity[] {subjects.get(0).entity(), other});
                }
                initiatorKnown = false;
            }
        }
        List<Contact> out = new ArrayList<>();
        String lead = text.substring(Math.max(s.begin(), cueBegin - 40), cueBegin);
        boolean planned = PLANNED.matcher(lead).find() || PURPOSE.matcher(lead).find();
        String topic = topic(text, cueEnd, s.end());
        for (Entity[] p : pairs) {
            if (p[0].equals(p[1])) {
                continue;
            }
            DateResolver.DateRange when = context.dateOf(at, s, p[0], p[1], planned);
            LocalDate first = when == null ? null : when.first();
            LocalDate last = when == null || when.last().equals(when.first()) ? null : when.last();
            out.add(new Contact(kind, p[0], p[1], initiatorKnown ? p[0] : null, first, last, planned, topic, cue,
                    at.span(s.begin(), evidenceEnd(at, s, partners))));
        }
        return out;
    }

    /** Noun cues (percakapan, pertemuan, kunjungan …) as opposed to verbs with me-, ber-, di- or ter-. */
    static boolean isNoun(String cue) {
        return !cue.startsWith("me") && !cue.startsWith("ber") && !cue.startsWith("di") && !cue.startsWith("ter");
    }

    /** A passive verb starts with di-; "diskusi" and "dialog" only look like one. */
    static boolean isPassive(String cue) {
        return cue.startsWith("di") && !cue.startsWith("diskusi") && !cue.startsWith("dialog");
    }

    private static String topic(String text, int from, int end) {
        Matcher m = TOPIC.matcher(text);
        m.region(from, end);
        if (!m.find()) {
            return null;
        }
        String topic = text.substring(m.end(), end).strip().replaceAll("[\\s.,;:]+$", "");
        return topic.isEmpty() ? null : topic.length() > 160 ? topic.substring(0, 160) : topic;
    }

    /** Where the evidence ends: the sentence's end, or that of a later sentence naming a partner. */
    private static int evidenceEnd(AnnotatedText at, Sentence s, List<Mention> partners) {
        int end = s.end();
        for (Mention m : partners) {
            Sentence there = m.begin() >= s.end() ? at.sentenceAt(m.begin()) : null;
            end = there != null ? Math.max(end, there.end()) : end;
        }
        return end;
    }

    /** Where a pair word before the cue ("keduanya", "mereka … ") may start: a few words back, in the sentence. */
    private static int bothFrom(Sentence s, int cueBegin) {
        return Math.max(s.begin(), cueBegin - 45);
    }
}
