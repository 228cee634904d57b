package dev.kabar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who talked to whom: a cue from the contact lexicon ("berbicara melalui telepon", "bertemu", "mengundang" …)
 * with its subject before it and its partners after it ("dengan X, Y dan Z"; "mengundang X"), or joint
 * subjects ("X dan Y … dalam percakapan telepon"). One contact per pair of distinct actors.
 */
public final class ContactExtractor {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Lower-case words a role may hold ("mantan Menteri Tenaga Kerja dan Transmigrasi"). */
    private static final Set<String> ROLE_LOWER = Set.of("mantan", "dan", "untuk", "bidang", "urusan", "wakil", "ketua",
            "menteri", "presiden", "sekretaris", "jenderal", "kepala", "direktur", "juru", "bicara", "pejabat", "senior",
            "perdana", "duta", "besar");
    private static final Set<String> LIST_STOP = Set.of("untuk", "terkait", "mengenai", "membahas", "soal", "tentang",
            "di", "ke", "pada", "guna", "yang", "dalam", "atas", "agar", "sejak", "setelah", "sebelum", "karena");
    private static final Pattern EXAMPLES = Pattern.compile("(?iu)\\b(?:seperti|yakni|yaitu|antara lain|termasuk|di antaranya)\\s+");
    private static final Pattern BOTH = Pattern.compile("(?iu)\\b(keduanya|mereka berdua|kedua(?:nya)? (?:pemimpin|tokoh|menteri|presiden|pihak)|mereka)\\s+(?:\\p{L}+\\s+){0,3}$");
    /** A pronoun subject right before the cue ("Ia juga bertemu", "Beliau kemudian menelepon"). */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile(
            "(?iu)\\b(dia|ia|beliau)\\s+(?:juga\\s+|pun\\s+|kemudian\\s+|lalu\\s+|sempat\\s+|telah\\s+|sudah\\s+|akan\\s+|mengaku\\s+){0,3}$");
    private static final Pattern PRONOUN = Pattern.compile("(?iu)\\b(dia|ia|mereka|kami|kita|saya|aku|dirinya|beliau)\\b");
    /** "pertemuan dengan X dibatalkan": called off. */
    private static final Pattern CALLED_OFF = Pattern.compile("(?iu)^(?:\\s+\\S+){0,6}?\\s+(?:dibatalkan|batal|ditunda|gagal|urung)\\b");
    /** "perlu mengundang", "harus bertemu", "agar bertemu": a suggestion or a demand, not an event. */
    private static final Pattern SUGGESTED = Pattern.compile(
            "(?iu)\\b(?:perlu|harus|sebaiknya|seharusnya|semestinya|mesti|hendaknya|agar|supaya)\\s+(?:\\p{L}+\\s+)?$");
    /** Where a quotation closes or an attribution starts: actors beyond it are not the conversation's. */
    private static final Pattern QUOTE_OR_ATTRIBUTION = Pattern.compile("[\"”]|,\\s*(?:kata|ujar|ucap|ungkap|tegas|jelas|tutur)\\b");
    /** Between a qualifying organisation and its person: nothing, or a comma and honorifics ("MUI, KH. Ma'ruf"). */
    private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*(?:,\\s*)?(?:\\p{Lu}\\p{L}{0,3}\\.\\s*)*");
    private static final Pattern NEGATED = Pattern.compile("(?iu)\\b(?:belum|tidak|tak|tanpa|bukan|batal|urung)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern VISIT_TO = Pattern.compile("(?iu)\\bke\\s+");
    private static final Pattern PARTNER_INTRO = Pattern.compile("(?iu)\\b(dengan|bersama|antara)\\b");
    private static final Pattern TOPIC = Pattern.compile("(?iu)\\b(membahas|mengenai|terkait|soal|tentang|bahas)\\s+");
    /** "… untuk melakukan pembicaraan": the purpose of another act, not an event of its own. */
    private static final Pattern PURPOSE = Pattern.compile("(?iu)\\b(untuk|guna)\\s+(?:melakukan\\s+|menggelar\\s+|mengadakan\\s+)?$");
    private static final Pattern PLANNED = Pattern.compile("(?iu)\\b(akan|bakal|direncanakan|dijadwalkan|rencananya)\\b");

    private final Pattern cues;
    private static final String CONVERSATION = "conversation";
    /** How many sentences back a phone call still tells what kind a plain "conversation" was. */
    private static final int CONVERSATION_CONTEXT = 3;

    private final Map<String, ContactKind> kindOfCue = new HashMap<>();
    private final Set<String> conversations = new java.util.HashSet<>();
    /** Verbs whose object is the topic ("membahas pencalonan X"): partners only after "dengan". */
    private final Set<String> topicObject = new java.util.HashSet<>();
    /** "X menerima kunjungan Y": the subject receives, the partner took the initiative. */
    private final Set<String> hosting = new java.util.HashSet<>();
    private final Pattern fixtureWords;
    private final Pattern sportWords;
    /** "Percakapan berlangsung pada …": a following sentence that dates the event just reported. */
    private static final Pattern DATING_SENTENCE = Pattern.compile(
            "(?iu)^(?:percakapan|pertemuan|pembicaraan|perundingan|kunjungan|dialog|panggilan)\\b[^.]{0,40}?\\b"
                    + "(?:berlangsung|digelar|dilakukan|diadakan|terjadi|dilaksanakan)\\b");
    private final DateResolver dates;
    private final SpeechLexicon speech;

    public ContactExtractor(Lexicon lexicon, DateResolver dates, SpeechLexicon speech) {
        this.dates = dates;
        this.speech = speech;
        List<String> phrases = new ArrayList<>();
        for (String[] row : lexicon.table("contact-cues.txt", 2)) {
            String phrase = row[1].toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (row.length > 2 && "topic".equals(row[2])) {
                topicObject.add(phrase);
            }
            if (row.length > 2 && "host".equals(row[2])) {
                hosting.add(phrase);
            }
            if (CONVERSATION.equals(row[0])) {
                conversations.add(phrase);
            } else {
                kindOfCue.putIfAbsent(phrase, ContactKind.fromLabel(row[0]));
            }
            phrases.add(phrase);
        }
        Map<String, List<String>> notContact = lexicon.sections("contact-not.txt");
        fixtureWords = wordPattern(notContact.getOrDefault("paragraph", List.of()));
        sportWords = wordPattern(notContact.getOrDefault("sentence", List.of()));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        }
        cues = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + alt + ")(?![\\p{L}\\d])");
    }

    public List<Contact> extract(AnnotatedText at) {
        return datedAlike(contacts(at));
    }

    /**
     * A headline or caption often reports, undated, the same contact the body dates: within one article, an
     * undated report of the same kind between the same two actors takes the date of the dated one.
     */
    private static List<Contact> datedAlike(List<Contact> contacts) {
        Map<String, Contact> dated = new HashMap<>();
        for (Contact c : contacts) {
            if (c.date() != null) {
                dated.putIfAbsent(pairKey(c), c);
            }
        }
        List<Contact> out = new ArrayList<>();
        for (Contact c : contacts) {
            Contact d = c.date() == null ? dated.get(pairKey(c)) : null;
            out.add(d == null ? c : new Contact(c.kind(), c.a(), c.b(), c.initiator(), d.date(), d.endDate(), c.planned(),
                    c.topic(), c.cue(), c.evidence()));
        }
        return out;
    }

    private static String pairKey(Contact c) {
        String a = c.a().key();
        String b = c.b().key();
        return c.kind() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }

    private List<Contact> contacts(AnnotatedText at) {
        String text = at.text();
        List<Contact> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : at.sentences()) {
            Matcher m = cues.matcher(text);
            m.region(s.begin(), s.end());
            int clauseStart = s.begin();
            while (m.find()) {
                int previousCueEnd = clauseStart;
                clauseStart = m.end();
                String cue = m.group(1);
                if (PURPOSE.matcher(text.substring(Math.max(s.begin(), m.start() - 40), m.start())).find()) {
                    continue;
                }
                String phrase = cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                ContactKind kind = kindOfCue.get(phrase);
                // "akan bertemu pasangan China di final": a fixture, not a meeting (sport words anywhere in the paragraph)
                int lineStart = text.lastIndexOf('\n', s.begin()) + 1;
                int lineEnd = text.indexOf('\n', s.end());
                if (kind == ContactKind.MEETING
                        && (fixtureWords.matcher(text).region(lineStart, lineEnd < 0 ? text.length() : lineEnd).find()
                        || sportWords.matcher(text).region(s.begin(), s.end()).find())) {
                    continue;
                }
                // "belum ada pembicaraan dengan X", "pertemuan dengan X dibatalkan": said not to have happened
                if (NEGATED.matcher(text.substring(Math.max(s.begin(), m.start() - 25), m.start())).find()
                        || SUGGESTED.matcher(text.substring(Math.max(s.begin(), m.start() - 25), m.start())).find()
                        || CALLED_OFF.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 80))).find()) {
                    continue;
                }
                for (Contact c : contactsAt(at, s, previousCueEnd, m.start(), m.end(), cue, kind, out)) {
                    // "Keduanya membahas …" right after their call: the topic of that conversation, not a new one
                    if (topicObject.contains(phrase) && samePairJustBefore(at, s, c, out)) {
                        continue;
                    }
                    if (conversations.contains(phrase)) {
                        Contact call = callJustBefore(at, s, c, out);
                        c = call == null ? withKind(c, ContactKind.TALKS, c.date(), c.endDate())
                                : withKind(c, ContactKind.CALL, c.date() != null ? c.date() : call.date(),
                                        c.date() != null ? c.endDate() : call.endDate());
                    }
                    String key = c.kind() + "|" + c.a().key() + "|" + c.b().key() + "|" + c.evidence().begin();
                    if (seen.add(key)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private List<Contact> contactsAt(AnnotatedText at, Sentence s, int clauseStart, int cueBegin, int cueEnd, String cue,
                                     ContactKind kind, List<Contact> earlier) {
        String text = at.text();
        // a cue's subject stands after the previous cue of the sentence, never before it
        List<Mention> subjects = subjects(at, clauseStart, cueBegin);
        List<Mention> partners = new ArrayList<>();
        String lowerCue = cue.toLowerCase(Locale.ROOT);
        boolean passive = lowerCue.startsWith("di");
        Matcher intro = PARTNER_INTRO.matcher(text);
        intro.region(cueEnd, s.end());
        String introWord = null;
        if (lowerCue.matches("(?s).*\\b(dengan|bersama|antara)$")) {
            partners = list(at, cueEnd, s.end()); // the cue itself ends with "dengan"
        } else if (intro.find() && words(text, cueEnd, intro.start()) <= 6) {
            introWord = intro.group(1);
            partners = list(at, intro.end(), s.end());
        } else if (!passive && !isNoun(lowerCue) && !topicObject.contains(lowerCue.replaceAll("\\s+", " "))) {
            // "mengundang X", "bertemu mantan Menteri … X"; in headlines also "Bertemu X"
            partners = list(at, cueEnd, s.end());
            int maxGap = lowerCue.startsWith("me") ? 3 : 0;
            if (!partners.isEmpty() && words(text, cueEnd, partners.get(0).begin()) > maxGap
                    && !roleWords(text.substring(cueEnd, partners.get(0).begin()))) {
                partners = List.of();
            }
            // "mengundang sejumlah sahabatnya, seperti X, Y, dan Z": the named examples are the partners
            Matcher examples = EXAMPLES.matcher(text).region(cueEnd, s.end());
            if (partners.isEmpty() && lowerCue.startsWith("me") && examples.find() && words(text, cueEnd, examples.start()) <= 8) {
                partners = list(at, examples.end(), s.end());
            }
        }
        List<Entity[]> pairs = new ArrayList<>();
        List<Mention> agent = List.of();
        boolean initiatorKnown = !passive && !partners.isEmpty() && lowerCue.startsWith("me") && !lowerCue.startsWith("bert");
        boolean hosted = hosting.contains(lowerCue.replaceAll("\\s+", " "));
        Matcher to = VISIT_TO.matcher(text).region(cueEnd, s.end());
        if (hosted && !subjects.isEmpty() && !partners.isEmpty()) {
            // "X menerima kunjungan Y": Y came to X
            for (Mention host : subjects) {
                for (Mention guest : partners) {
                    pairs.add(new Entity[] {guest.entity(), host.entity()});
                }
            }
            initiatorKnown = true;
        } else if (subjects.isEmpty() && partners.size() >= 2 && "antara".equalsIgnoreCase(introWord)) {
            // "pertemuan antara X dan Y"
            for (int i = 0; i < partners.size(); i++) {
                for (int j = i + 1; j < partners.size(); j++) {
                    pairs.add(new Entity[] {partners.get(i).entity(), partners.get(j).entity()});
                }
            }
            initiatorKnown = false;
        } else if (subjects.isEmpty() && kind == ContactKind.VISIT && isNoun(lowerCue) && to.find()) {
            // "kunjungan Presiden X ke Rusia": the visitor after the noun, the host after "ke"
            List<Mention> visitors = list(at, cueEnd, to.start());
            List<Mention> hosts = list(at, to.end(), s.end());
            if (!visitors.isEmpty() && !hosts.isEmpty() && words(text, to.end(), hosts.get(0).begin()) <= 2) {
                for (Mention v : visitors) {
                    pairs.add(new Entity[] {v.entity(), hosts.get(0).entity()});
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
            Matcher stop = QUOTE_OR_ATTRIBUTION.matcher(text).region(cueEnd, s.end());
            int until = stop.find() ? stop.start() : s.end();
            for (Mention m : dedupe(at.actorsIn(cueEnd, until))) {
                if (m.entity().type() != EntityType.COUNTRY && after.size() < 2) {
                    after.add(m);
                }
            }
            if (after.size() == 2) {
                pairs.add(new Entity[] {after.get(0).entity(), after.get(1).entity()});
            }
        } else if (passive && partners.isEmpty() && !subjects.isEmpty() && !(agent = agentAfter(at, cueEnd, s)).isEmpty()) {
            // "Gomez ketika diwawancarai Zane Lowe", "ditemui Presiden X": the actor right after the verb did it
            for (Mention by : agent) {
                for (Mention m : subjects) {
                    pairs.add(new Entity[] {by.entity(), m.entity()});
                }
            }
            initiatorKnown = true;
        } else if (subjects.isEmpty() && partners.isEmpty() && BOTH.matcher(text.substring(Math.max(s.begin(), cueBegin - 30), cueBegin)).find()) {
            // "keduanya bertemu", "mereka berdua berbincang": the two actors named just before
            List<Mention> two = lastTwoActors(at, s);
            if (two.size() == 2) {
                pairs.add(new Entity[] {two.get(0).entity(), two.get(1).entity()});
            }
        } else if (passive && partners.isEmpty() && !subjects.isEmpty() && kind == ContactKind.INVITATION) {
            // "Fatah juga telah dikirimi undangan": the inviter is whoever the article said was inviting
            Entity inviter = lastInviter(earlier);
            if (inviter != null) {
                for (Mention invited : subjects) {
                    pairs.add(new Entity[] {inviter, invited.entity()});
                }
                initiatorKnown = true;
            }
        } else if (partners.isEmpty() && subjects.size() >= 2 && !passive && kind != ContactKind.VISIT
                && kind != ContactKind.INVITATION) {
            for (int i = 0; i < subjects.size(); i++) {
                for (int j = i + 1; j < subjects.size(); j++) {
                    pairs.add(new Entity[] {subjects.get(i).entity(), subjects.get(j).entity()});
                }
            }
            initiatorKnown = false;
        }
        List<Contact> out = new ArrayList<>();
        boolean planned = PLANNED.matcher(text.substring(Math.max(s.begin(), cueBegin - 40), cueBegin)).find();
        String topic = topic(text, cueEnd, s.end());
        for (Entity[] p : pairs) {
            if (p[0].equals(p[1])) {
                continue;
            }
            DateResolver.DateRange when = dateOf(at, s, p[0], p[1], planned);
            LocalDate first = when == null ? null : when.first();
            LocalDate last = when == null || when.last().equals(when.first()) ? null : when.last();
            out.add(new Contact(kind, p[0], p[1], initiatorKnown ? p[0] : null, first, last, planned, topic, cue,
                    at.span(s)));
        }
        return out;
    }

    /** The actor (or "X dan Y") closest before the cue in the same sentence, with few words between. */
    private List<Mention> subjects(AnnotatedText at, int from, int cueBegin) {
        String text = at.text();
        List<Mention> before = new ArrayList<>(at.actorsIn(from, cueBegin));
        before.removeIf(m -> !at.standsAlone(m));
        List<Mention> out = new ArrayList<>();
        Matcher pronoun = SUBJECT_PRONOUN.matcher(text).region(Math.max(from, cueBegin - 40), cueBegin);
        if (pronoun.find() && (before.isEmpty() || before.get(before.size() - 1).end() <= pronoun.start())) {
            // "Ia juga bertemu dengan X": the person named just before
            Entity person = at.lastPersonBefore(pronoun.start());
            if (person != null) {
                out.add(new Mention(pronoun.start(), pronoun.end(), pronoun.group(1), person));
            }
            return out;
        }
        if (before.isEmpty()) {
            return out;
        }
        Mention last = before.get(before.size() - 1);
        // "Fatah yang menguasai Tepi Barat juga telah dikirimi undangan": a relative clause may sit between
        String between = text.substring(last.end(), cueBegin);
        if (words(text, last.end(), cueBegin) > (between.matches("(?isu)\\s*yang\\b.*") ? 10 : 5)
                || PRONOUN.matcher(between).find() || saysSomething(between)) {
            return out; // "X mengatakan, pertemuan …", "X bertanya apakah dia bertemu …": X is not who met
        }
        out.add(0, last);
        for (int i = before.size() - 2; i >= 0; i--) {
            String gap = text.substring(before.get(i).end(), out.get(0).begin());
            if (gap.matches("(?iu)\\s*(,|dan|serta|,\\s*dan|-|/)\\s*")) {
                out.add(0, before.get(i));
            } else if (gap.matches("(?iu)\\s+\\p{L}+\\s+(\\p{L}+\\s+)?") && out.size() == 1 && roleLike(before.get(i), out.get(0))) {
                // "Presiden Rusia Vladimir Putin": a country in the role before the person is not a subject
                continue;
            } else {
                break;
            }
        }
        return dedupe(out);
    }

    /** The actors right after a passive verb ("diwawancarai Zane Lowe", "ditemui oleh X"). */
    private List<Mention> agentAfter(AnnotatedText at, int cueEnd, Sentence s) {
        List<Mention> after = list(at, cueEnd, s.end());
        if (after.isEmpty()) {
            return after;
        }
        String gap = at.text().substring(cueEnd, after.get(0).begin());
        return gap.matches("(?iu)\\s*(oleh\\s+)?") ? after : List.of();
    }

    /** The two most recent distinct people (else actors) named before this sentence, within three sentences. */
    private static List<Mention> lastTwoActors(AnnotatedText at, Sentence s) {
        int i = at.sentences().indexOf(s);
        int from = at.sentences().get(Math.max(0, i - 3)).begin();
        List<Mention> before = at.actorsIn(from, s.begin());
        List<Mention> out = new ArrayList<>();
        for (EntityType wanted : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            for (int k = before.size() - 1; k >= 0 && out.size() < 2; k--) {
                Mention m = before.get(k);
                if (m.entity().type() == wanted && out.stream().noneMatch(o -> o.entity().equals(m.entity()))) {
                    out.add(0, m);
                }
            }
            if (out.size() == 2) {
                return out;
            }
            out.clear();
        }
        return out;
    }

    private static Entity lastInviter(List<Contact> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Contact c = earlier.get(i);
            if (c.kind() == ContactKind.INVITATION && c.initiator() != null) {
                return c.initiator();
            }
        }
        return null;
    }

    private static Pattern wordPattern(List<String> words) {
        return Pattern.compile("(?iu)\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    private static boolean samePairJustBefore(AnnotatedText at, Sentence s, Contact c, List<Contact> earlier) {
        int here = at.sentences().indexOf(s);
        for (Contact e : earlier) {
            Sentence es = at.sentenceAt(e.evidence().begin());
            int there = es == null ? -1 : at.sentences().indexOf(es);
            if (pairKey(e).substring(pairKey(e).indexOf('|')).equals(pairKey(c).substring(pairKey(c).indexOf('|')))
                    && there >= 0 && here - there <= 2) {
                return true;
            }
        }
        return false;
    }

    /** A phone call sharing a participant reported in this sentence or the few before it, or null. */
    private static Contact callJustBefore(AnnotatedText at, Sentence s, Contact c, List<Contact> earlier) {
        int here = at.sentences().indexOf(s);
        Contact found = null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Contact e = earlier.get(i);
            Sentence es = at.sentenceAt(e.evidence().begin());
            int there = es == null ? -1 : at.sentences().indexOf(es);
            boolean shares = e.a().equals(c.a()) || e.a().equals(c.b()) || e.b().equals(c.a()) || e.b().equals(c.b());
            if (e.kind() == ContactKind.CALL && shares && there >= 0 && here - there <= CONVERSATION_CONTEXT) {
                if (e.date() != null) {
                    return e; // the nearest call that says when
                }
                found = found == null ? e : found;
            }
        }
        return found;
    }

    /** The same report with the kind (and the date) that context gave it. */
    private static Contact withKind(Contact c, ContactKind kind, LocalDate date, LocalDate endDate) {
        return new Contact(kind, c.a(), c.b(), c.initiator(), date, endDate, c.planned(), c.topic(), c.cue(), c.evidence());
    }

    private boolean saysSomething(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (speech.isReported(w.group()) || speech.isDirect(w.group())) {
                return true;
            }
        }
        return false;
    }

    /** Noun cues (percakapan, pertemuan, kunjungan …) as opposed to verbs with me-, ber-, di- or ter-. */
    private static boolean isNoun(String cue) {
        return !cue.startsWith("me") && !cue.startsWith("ber") && !cue.startsWith("di") && !cue.startsWith("ter");
    }

    private static boolean roleLike(Mention before, Mention person) {
        return before.entity().type() == EntityType.COUNTRY && person.entity().type() == EntityType.PERSON;
    }

    /**
     * A list of actors starting at {@code from}: "X, Y, dan Z", stopping at a clause word. An item may be
     * introduced by its role ("Ketua Umum Partai NasDem Surya Paloh": the party only qualifies the person)
     * or by a description ending in a comma ("pasangan calon gubernur …, Agus Harimurti Yudhoyono").
     */
    private List<Mention> list(AnnotatedText at, int from, int end) {
        String text = at.text();
        List<Mention> candidates = at.actorsIn(from, end);
        List<Mention> out = new ArrayList<>();
        int cursor = from;
        for (int k = 0; k < candidates.size(); k++) {
            Mention m = candidates.get(k);
            String gap = text.substring(cursor, m.begin());
            // a country right after the verb or "dengan" is an actor; after another word it is a modifier
            if (!at.standsAlone(m) && !gap.isBlank()) {
                continue;
            }
            Mention next = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            if (m.entity().type() != EntityType.PERSON && next != null && next.entity().type() == EntityType.PERSON
                    && QUALIFIER_GAP.matcher(text.substring(m.end(), next.begin())).matches() && roleWords(gap)) {
                continue; // "Ketua Umum Partai NasDem Surya Paloh": the organisation qualifies the person
            }
            if (!out.isEmpty() || gap.strip().length() > 0) {
                boolean description = out.isEmpty() && gap.matches("(?s).*,\\s*$") && words(text, cursor, m.begin()) <= 12;
                boolean role = roleWords(gap) && words(text, cursor, m.begin()) <= 8;
                if (hasStopWord(gap) || (words(text, cursor, m.begin()) > 4 && !description && !role)) {
                    break;
                }
            }
            out.add(m);
            cursor = m.end();
        }
        return dedupe(out);
    }

    /** Only title words, capitalised words, connectors and punctuation: a role in front of a name. */
    private static boolean roleWords(String gap) {
        Matcher w = WORD.matcher(gap);
        boolean any = false;
        while (w.find()) {
            String word = w.group();
            if (!Character.isUpperCase(word.charAt(0)) && !ROLE_LOWER.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean hasStopWord(String gap) {
        Matcher w = WORD.matcher(gap.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (LIST_STOP.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> dedupe(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Set<Entity> seen = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (seen.add(m.entity())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The date of the sentence; else of the next sentence when it dates the event ("Percakapan berlangsung
     * pada …"); else of the sentence before when it names both participants ("X dan Y pada Jumat (22/12) …").
     */
    private DateResolver.DateRange dateOf(AnnotatedText at, Sentence s, Entity a, Entity b, boolean planned) {
        String text = at.text();
        DateResolver.DateRange own = dates.find(text.substring(s.begin(), s.end()), at.reference(), planned);
        if (own != null) {
            return own;
        }
        List<Sentence> all = at.sentences();
        int i = all.indexOf(s);
        if (i + 1 < all.size()) {
            Sentence next = all.get(i + 1);
            String nextText = text.substring(next.begin(), next.end());
            if (DATING_SENTENCE.matcher(nextText).find()) {
                DateResolver.DateRange r = dates.find(nextText, at.reference(), planned);
                if (r != null) {
                    return r;
                }
            }
        }
        if (i > 0) {
            Sentence prev = all.get(i - 1);
            List<Entity> named = at.actorsIn(prev.begin(), prev.end()).stream().map(Mention::entity).toList();
            if (named.contains(a) && named.contains(b)) {
                return dates.find(text.substring(prev.begin(), prev.end()), at.reference(), planned);
            }
        }
        return null;
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

    private static long words(String text, int begin, int end) {
        return end <= begin ? 0 : WORD.matcher(text.substring(begin, end)).results().count();
    }
}
