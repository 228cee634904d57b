package dev.kabar.extract;

import dev.kabar.extract.Quotations.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech in one sentence: "X menegaskan bahwa …", "Menurut X, …", "…, kata X dalam sebuah pernyataan",
 * "…, katanya", with the speaker named, described or referred to by a pronoun.
 */
final class ReportedSpeech {
    // tested for every subject candidate: compiled once (String.matches compiles on each call)
    private static final Pattern AND_GAP = Pattern.compile("(?iu).*\\b(dan|serta)\\b.*");
    private static final Pattern YANG_GAP = Pattern.compile("(?iu).*\\byang\\b.*");
    /** "Menurut X," or "Kata X," opening the sentence; group 2 is a pronoun ("Menurutnya", "Menurut dia"). */
    private static final Pattern MENURUT = Pattern.compile(
            "(?iu)(?:^|(?<=[,;]\\s))(?:(menurut|kata)(?:(nya)\\b|\\s+(?=dia\\b|ia\\b|beliau\\b)(dia|ia|beliau)|\\s+)"
            // "Ditambahkan Sukan, …": a passive verb with its agent; "Dikatakannya" is left to the closing pronoun rules
            + "|(ditambahkan|dijelaskan|dikatakan|diungkapkan|ditegaskan|disampaikan|dituturkan)\\s+(?:oleh\\s+)?(?!dia\\b|ia\\b|beliau\\b))");
    /** "Menurut X, manajer klub, …": a role in lower case between the name's comma and the next. */
    private static final Pattern ROLE_AFTER_NAME = Pattern.compile("(?u)\\s*(\\p{Ll}[\\p{L}-]*)[^,;\"“”.]{0,60},");
    /** ", Richard Mainaky," right after a role that names no person. */
    private static final Pattern APPOSITIVE_PERSON = Pattern.compile(",\\s*(\\p{Lu}[^,;\"“”]{1,60}?)\\s*,");
    /** "DPR, ia melanjutkan, juga mempersilakan …": a pronoun and a saying verb set off inside the sentence. */
    private static final Pattern INSERTED_PRONOUN = Pattern.compile(
            "(?iu),\\s*(?:(?:dia|ia|beliau)\\s+(menambahkan|melanjutkan|menjelaskan|mengatakan|menuturkan|menegaskan|mengungkapkan)"
            // "Tahapan itu, ujarnya, disusun supaya …": the attribution's -nya set off inside the sentence
            + "|((?:kata|ujar|ucap|ungkap|tegas|jelas|tutur|imbuh|tambah|lanjut|sebut|terang|papar)nya))\\s*,");
    private static final Pattern INVERTED = Pattern.compile(
            "(?iu),\\s*(kata|ujar|ungkap|tegas|jelas|tutur|sebut|lanjut|tambah|imbuh|terang|papar|ucap|beber|tandas|tukas|sambung)\\s+");
    private static final Pattern SO_SAID = Pattern.compile("(?iu)(?:,\\s*|\\s+)demikian\\s+(?:di)?"
            + "(kata|ujar|katakan|sampaikan|ungkapkan|jelaskan|tegaskan|nyatakan|tuturkan)(?:\\s+oleh)?\\s+");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:tidak|tak|belum|bukan)\\s+$");
    private static final Pattern NEXT_IS_COMMA = Pattern.compile("\\s*,");
    private static final Pattern INVERTED_PRONOUN = Pattern.compile("(?iu)(?:dia|ia|beliau)\\b");
    /** After "kata X": circumstances of saying it, not more of what was said. */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "(?iu)(?:dalam|kepada|di|saat|ketika|usai|seusai|selepas|seperti|melalui|lewat|pada|dikutip|sebagaimana)\\b");
    private static final int MAX_GAP_WORDS = 4;
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?iu)\\b(?:di|ke|dari|kepada|melalui|lewat|via|pada|terhadap|laman|akun|oleh|untuk|dengan|bagi|rakyat|warga)\\s+$");
    /** "mengatakan hal tersebut sebagaimana dimuat …": a reference back to what was quoted, nothing new said. */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?iu)(?:hal\\s+(?:itu|ini|tersebut|serupa|senada)|demikian|begitu)\\b(?:\\s*(?:[,.]|$|kepada|dalam|di|saat|ketika|usai|seusai|sebagaimana|seperti|dikutip|pada)\\b|\\s*[,.]?\\s*$)");
    /** Between a speaker and the verb: a place or an occasion, a comma, perhaps a weekday and another comma. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("(?iu)\\s*yang\\b");
    private static final Pattern ADVERBS_AFTER_COMMA = Pattern.compile(
            "(?iu)\\s*,\\s*(?:(?:sebelumnya|kemudian|lalu|juga|pun|telah|sudah|sempat|pernah|akhirnya|bahkan)\\s+){1,4}");
    private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,\\s*");
    /** "Setelah presentasi Marc, mengajak …": the sentence opens with a circumstance, whose comma is no subject's. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?iu)^\\W*(?:setelah|sebelum|saat|ketika|usai|seusai|selepas|"
            + "sejak|dalam|di|pada|bagi|untuk|dengan|kepada|atas|dari|oleh|tanpa|meski|walau|bersama)(?!\\p{L})");
    /** A comma right before the name: "Direktur Balinale, Deborah Gabinetti, …". */
    private static final Pattern APPOSITION_OPENED = Pattern.compile(",\\s*$");
    /** ", katanya." at the very end of a sentence. */
    private static final Pattern CLOSING_PRONOUN = Pattern.compile(
            "(?iu),\\s*((?:kata|ujar|ucap|ungkap|tegas|jelas|tutur|imbuh|tambah|lanjut|sebut)nya)\\s*[.!]?\\s*$");
    /** "Ia mengatakan", "Dia juga menegaskan": a pronoun right before the verb, at the clause start. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "(?iu)(?:^|[,;]\\s*|\\bnamun\\s+|\\bsementara\\s+)(dia|ia|beliau|dirinya)\\s+(?:juga\\s+|pun\\s+|kemudian\\s+|lalu\\s+|sempat\\s+|telah\\s+|sudah\\s+|kembali\\s+){0,2}$");

    private final SpeechLexicon speech;
    private final DescribedSpeakers describedSpeakers;

    ReportedSpeech(SpeechLexicon speech, DescribedSpeakers describedSpeakers) {
        this.speech = speech;
        this.describedSpeakers = describedSpeakers;
    }

    /**
     * The statements the sentence reports. A verb of telling negated ("belum menyebutkan kapan …") says nothing, but
     * still shows who is being followed: such a statement goes to {@code untold}, for later pronouns to look back to.
     */
    List<Statement> reported(AnnotatedText at, Sentence s, List<Quote> quotes, Statement previous, List<Statement> untold) {
        String text = at.text();
        List<Statement> out = new ArrayList<>();
        if (Quotations.inside(quotes, s.begin()) || Quotations.crosses(text, quotes, s)) {
            return out;
        }
        // "Menurut X, …", "Kata X, …", and with a pronoun "Menurutnya, …", "Menurut dia, …"
        Matcher menurut = MENURUT.matcher(text);
        menurut.region(s.begin(), s.end());
        // "Kata X," only opens a sentence; mid-sentence ", kata dia," is an inverted attribution (below)
        if (menurut.find() && !("kata".equalsIgnoreCase(menurut.group(1)) && menurut.start() > s.begin())) {
            String cueWord = (menurut.group(1) != null ? menurut.group(1) : menurut.group(4)).toLowerCase(Locale.ROOT);
            int comma = text.indexOf(',', menurut.end());
            boolean pronounForm = menurut.group(2) != null || menurut.group(3) != null;
            if (pronounForm && menurut.start() == ContactParticipants.datelineEnd(at, s, menurut.start())
                    && !NEXT_IS_COMMA.matcher(text).region(menurut.end(), s.end()).lookingAt()) {
                comma = menurut.end() - 1; // "Menurutnya ajang ini …": no comma, what was said follows the pronoun
            }
            List<Mention> named = at.actorsIn(menurut.end(), s.end());
            List<Statement> closing = !pronounForm && "menurut".equalsIgnoreCase(menurut.group(1))
                    ? AccordingToClauses.closingSource(at, s, menurut.start(), menurut.end()) : null;
            if (closing != null) {
                return closing;
            }
            if ((comma < 0 || comma >= s.end()) && !named.isEmpty() && named.get(0).begin() - menurut.end() <= 1
                    && StatementExtractor.words(text, named.get(0).end(), s.end()) >= 4) {
                comma = named.get(0).end(); // "Menurut Fahri urusan hak asasi manusia …": no comma after the name
            }
            // "Menurut pelatih ganda campuran Indonesia, Richard Mainaky, …": a role, then the person between commas
            Matcher appositive = APPOSITIVE_PERSON.matcher(text).region(comma > 0 && comma < s.end() ? comma : s.end(), s.end());
            // "Menurut adik X, Y, …": a description in lower case may name someone else the person is kin to
            boolean described = menurut.end() < s.end() && Character.isLowerCase(text.charAt(menurut.end()));
            Mention between = null; // the person between the commas, when there is one
            if (comma > 0 && comma < s.end() && appositive.lookingAt() && (described
                    || at.actorsIn(menurut.end(), comma).stream().noneMatch(m -> m.entity().type() == EntityType.PERSON))) {
                Mention person = at.actorsIn(appositive.start(1), appositive.end(1)).stream().findFirst().orElse(null);
                if (person != null && person.entity().type() == EntityType.PERSON && person.begin() == appositive.start(1)
                        && person.end() == appositive.end(1)) {
                    comma = appositive.end() - 1;
                    between = person;
                }
            }
            Matcher role = ROLE_AFTER_NAME.matcher(text).region(comma > 0 && comma < s.end() ? comma + 1 : s.end(), s.end());
            if (role.lookingAt() && describedSpeakers.opensRole(role.group(1))
                    && personEndsAt(at, menurut.end(), comma) && StatementExtractor.words(text, role.end(), s.end()) >= 3) {
                comma = role.end() - 1; // "Menurut Karyono, manajer sang penyanyi, …": the role is no part of what was said
            }
            // "Menurut The Guardian, X berkata kepada Y bahwa …": the source tells of what X said; X is the speaker
            boolean speakerInside = comma > 0 && comma < s.end() && SpeakerCircumstances.saysInside(at, speech, comma + 1, s.end());
            if (!speakerInside && comma > 0 && comma < s.end() && StatementExtractor.words(text, comma + 1, s.end()) >= 3) {
                List<Mention> who = between != null ? List.of(between) : at.actorsIn(menurut.end(), comma);
                // "Menurut Fungsi Ekonomi KBRI Lisabon Ahmad Rama …": the person, not the body in the role
                // "Menurut bintang film laga itu, …", "Menurut ibunda artis X tersebut, …": the person the article follows
                boolean describedOnly = between == null && describedSpeakers.describesPersonExactly(at, menurut.end() - 1, comma);
                Entity speaker = describedOnly ? Speakers.pronounSpeaker(at, quotes, s.begin(), previous)
                        : !who.isEmpty() ? Speakers.firstPersonOrFirst(who)
                        : pronounForm ? Speakers.openingPronounSpeaker(at, quotes, menurut.start(), previous) : null;
                if (speaker != null) {
                    out.add(StatementExtractor.statement(at, speaker, StatementExtractor.clean(text.substring(comma + 1, s.end())),
                            SpeechMode.REPORTED, cueWord, s.begin(), s.end(), comma + 1, s.end()));
                    return out;
                }
            }
        }
        // "…, katanya." closing a sentence without quotation marks: said by whom the pronoun stands for
        Matcher closing = CLOSING_PRONOUN.matcher(text).region(s.begin(), s.end());
        if (closing.find() && StatementExtractor.words(text, s.begin(), closing.start()) >= 4) {
            Entity speaker = Speakers.pronounSpeaker(at, quotes, s.begin(), previous);
            if (speaker != null) {
                out.add(StatementExtractor.statement(at, speaker, StatementExtractor.clean(text.substring(s.begin(), closing.start())), SpeechMode.REPORTED,
                        closing.group(1).toLowerCase(Locale.ROOT), s.begin(), s.end(), s.begin(), closing.start()));
                return out;
            }
        }
        Matcher inserted = INSERTED_PRONOUN.matcher(text).region(s.begin(), s.end());
        if (inserted.find() && StatementExtractor.words(text, s.begin(), inserted.start()) >= 1 && StatementExtractor.words(text, inserted.end(), s.end()) >= 3) {
            Entity speaker = Speakers.pronounSpeaker(at, quotes, s.begin(), previous);
            if (speaker != null) {
                String content = StatementExtractor.clean(text.substring(s.begin(), inserted.start())) + " " + StatementExtractor.clean(text.substring(inserted.end(), s.end()));
                String cue = inserted.group(1) != null ? inserted.group(1) : inserted.group(2);
                out.add(StatementExtractor.statement(at, speaker, content.strip(), SpeechMode.REPORTED, cue.toLowerCase(Locale.ROOT),
                        s.begin(), s.end(), s.begin(), s.end()));
                return out;
            }
        }
        // "…, kata X." and "…, kata X berusaha …", "Selain itu, lanjut X, …": what was said stands on either side
        Matcher inverted = INVERTED.matcher(text).region(s.begin(), s.end());
        boolean attributed = inverted.find();
        boolean soSaid = false; // "Mobil itu telah melampaui target demikian dikatakan X, Wakil Presiden …"
        if (!attributed) {
            inverted = SO_SAID.matcher(text).region(s.begin(), s.end());
            attributed = soSaid = inverted.find();
        }
        if (attributed) {
            List<Mention> who = Speakers.withoutLanguages(text,
                    at.actorsIn(inverted.end(), Speakers.beforeRelay(text, inverted.end(), Math.min(s.end(), inverted.end() + 90))));
            Mention speaker = Speakers.invertedSpeaker(at, who, inverted.end());
            Matcher pronoun = INVERTED_PRONOUN.matcher(text).region(inverted.end(), s.end());
            if (speaker == null && pronoun.lookingAt()) {
                // "PDIP, lanjut dia, pada prinsipnya …": whom the pronoun stands for
                // names in what was said before "kata dia" are spoken about: the pronoun looks back from the sentence
                Entity meant = Speakers.pronounSpeaker(at, quotes, s.begin(), previous);
                speaker = meant == null ? null : new Mention(pronoun.start(), pronoun.end(), pronoun.group(), meant);
            }
            if (speaker != null) {
                int after = StatementExtractor.skipLead(text, speaker.end(), s.end());
                // "… demikian dikatakan X, Wakil Presiden …": the attribution closes what was said
                boolean continues = StatementExtractor.words(text, after, s.end()) >= 4 && !CIRCUMSTANCE.matcher(text).region(after, s.end()).lookingAt()
                        && !soSaid;
                // "Jakarta (ANTARA News) - …" opening the article: the dateline is no part of what was said
                int from = text.substring(0, s.begin()).isBlank() ? ContactParticipants.datelineEnd(at, s, inverted.start()) : s.begin();
                boolean saidBefore = StatementExtractor.words(text, from, inverted.start()) >= 4;
                String content = (saidBefore ? StatementExtractor.clean(text.substring(from, inverted.start())) : "")
                        + (continues ? (saidBefore ? " " : "") + StatementExtractor.clean(text.substring(after, s.end())) : "");
                if (StatementExtractor.WORD.matcher(content).results().count() >= 4) {
                    out.add(StatementExtractor.statement(at, speaker.entity(), content.strip(), SpeechMode.REPORTED, inverted.group(1),
                            s.begin(), s.end(), s.begin(), s.end()));
                    return out;
                }
            }
        }
        Matcher w = StatementExtractor.WORD.matcher(text);
        w.region(s.begin(), s.end());
        while (w.find()) {
            if (!speech.isReported(w.group()) || VerbsOfActs.act(speech, text, s, w.start(), w.end(), w.group())) {
                continue;
            }
            boolean told = !VerbsOfActs.untold(text, s, w.start(), w.group());
            // "SEOUL – Usai menyatakan …": the dateline's place is no subject
            List<Mention> subjects = at.actorsIn(ContactParticipants.datelineEnd(at, s, w.start()), w.start());
            Matcher pronoun = PRONOUN_SUBJECT.matcher(text).region(s.begin(), w.start());
            boolean byPronoun = pronoun.find() && (subjects.isEmpty() || subjects.get(subjects.size() - 1).end() <= pronoun.start());
            if (byPronoun || describedSpeakers.describesPerson(at, s, w.start())) {
                // "Ia mengatakan bahwa …": the person named just before; "Politikus Partai NasDem itu membenarkan …":
                // the person the article follows, not the party
                Entity person = byPronoun ? Speakers.openingPronounSpeaker(at, quotes, pronoun.start(1), previous)
                        : Speakers.pronounSpeaker(at, quotes, s.begin(), previous);
                int contentBegin = StatementExtractor.skipLead(text, w.end(), s.end());
                // "… itu mengumumkan hal tersebut di laman Instagram-nya": what was said is elsewhere
                if (person != null && StatementExtractor.words(text, contentBegin, s.end()) >= 3
                        && !BACK_REFERENCE.matcher(text).region(contentBegin, s.end()).lookingAt()) {
                    out.add(StatementExtractor.statement(at, person, StatementExtractor.clean(text.substring(contentBegin, s.end())), SpeechMode.REPORTED,
                            w.group(), s.begin(), s.end(), contentBegin, s.end()));
                    break;
                }
                continue;
            }
            // "… di laman Facebook hari ini mengatakan": an actor after a preposition is not the subject
            subjects = new ArrayList<>(subjects);
            subjects.removeIf(mm -> AFTER_PREPOSITION.matcher(text).region(Math.max(s.begin(), mm.begin() - 20), mm.begin()).find());
            if (subjects.isEmpty()) {
                continue;
            }
            Mention subject = subjects.get(subjects.size() - 1);
            for (int k = subjects.size() - 2; k >= 0; k--) {
                // "Robert Wood, dalam konferensi yang didukung PBB di Jenewa, Selasa, mengatakan": PBB is in the circumstance
                if (SpeakerCircumstances.circumstantial(text.substring(subjects.get(k).end(), w.start()))
                        && subjects.get(k).entity().type() == EntityType.PERSON) {
                    subject = subjects.get(k);
                    break;
                }
            }
            subject = Speakers.headOfRelativeClause(at, s, subjects, subject);
            Mention described = Speakers.describedPerson(at, subjects, w.start());
            described = described != null ? described : Speakers.apposedSubject(at, subjects, w.start());
            subject = described != null ? described : subject;
            String gap = text.substring(subject.end(), w.start());
            // "X dan memastikan": a verb coordinated with an earlier one belongs to that clause's subject
            // "Budi Santoso yang menjabat direktur di Astra mengatakan": a relative clause right after the person
            boolean relative = !subject.equals(subjects.get(subjects.size() - 1))
                    || (subject.entity().type() == EntityType.PERSON && RELATIVE_AFTER.matcher(gap).lookingAt());
            if (Speakers.jointSubject(at, subjects, subject)) {
                continue; // "Jokowi dan Albanese menyoroti …": said together, no single speaker
            }
            // "X dalam konferensi pers di Jakarta, Selasa, mengatakan …": where and when, then what was said
            boolean circumstance = (SpeakerCircumstances.circumstantial(gap) || described != null
                    || subject.entity().type() == EntityType.PERSON && SpeakerCircumstances.affiliation(gap))
                    && StatementExtractor.words(text, subject.end(), w.start()) <= 20;
            // "Direktur Balinale, Deborah Gabinetti, mengatakan": the comma closes an apposition opened before the name
            // "Harian olahraga Spanyol, Marca, mengklaim": a body set off after its description too
            circumstance |= COMMA_ONLY.matcher(gap).matches() && APPOSITION_OPENED.matcher(text).region(s.begin(), subject.begin()).find()
                    && (subject.entity().type() == EntityType.PERSON || subject.entity().type() == EntityType.ORGANIZATION
                        && at.actorsIn(s.begin(), subject.begin()).stream().noneMatch(m -> m.entity().type() != EntityType.COUNTRY));
            // "Dubes RI di Tokyo Budi Santoso, sebelumnya juga telah mengatakan": only adverbs after the comma
            circumstance |= subject.entity().type() == EntityType.PERSON && ADVERBS_AFTER_COMMA.matcher(gap).matches();
            // "pelatih Kamboja Leonardo Vittorino, mengungkapkan …", "Grosjean yang sempat … dengan timnya, mengaku …":
            // a lone comma before the verb, after the person or after a relative clause on them
            circumstance |= subject.entity().type() == EntityType.PERSON && (COMMA_ONLY.matcher(gap).matches()
                    && !CLAUSE_OPENER.matcher(text).region(s.begin(), subject.begin()).find()
                    || relative && RELATIVE_AFTER.matcher(gap).lookingAt() && gap.indexOf(',') == gap.stripTrailing().length() - 1
                    && StatementExtractor.words(text, subject.end(), w.start()) <= 15);
            if (!at.standsAlone(subject) || (!relative && !circumstance && StatementExtractor.words(text, subject.end(), w.start()) > MAX_GAP_WORDS)
                    || (gap.contains(",") && !circumstance)
                    || (AND_GAP.matcher(gap).matches() && !RELATIVE_AFTER.matcher(gap).lookingAt())
                    || (!relative && YANG_GAP.matcher(gap).matches())) {
                continue;
            }
            int contentBegin = StatementExtractor.skipLead(text, w.end(), s.end());
            if (StatementExtractor.words(text, contentBegin, s.end()) < 3 || BACK_REFERENCE.matcher(text).region(contentBegin, s.end()).lookingAt()) {
                continue; // "X mengatakan hal tersebut kepada wartawan": what was said is elsewhere
            }
            // "meminta agar …", "mengakui …": a verb with meaning of its own is part of what was said
            if (!speech.isSay(w.group())) {
                // "tidak menganggap …": the negation is part of the view
                Matcher not = NEGATION_BEFORE.matcher(text).region(Math.max(s.begin(), w.start() - 12), w.start());
                contentBegin = not.find() ? not.start() : w.start();
            }
            (told ? out : untold).add(StatementExtractor.statement(at, subject.entity(), StatementExtractor.clean(text.substring(contentBegin, s.end())),
                    SpeechMode.REPORTED, w.group(), s.begin(), s.end(), contentBegin, s.end()));
            break;
        }
        if (out.isEmpty()) {
            out.addAll(AccordingToClauses.inserted(at, s, quotes, previous));
        }
        return out;
    }

    /** Whether the last actor in [from, end) is a person whose name ends right at {@code end}: roles describe people. */
    private static boolean personEndsAt(AnnotatedText at, int from, int end) {
        List<Mention> named = at.actorsIn(from, end);
        Mention last = named.isEmpty() ? null : named.get(named.size() - 1);
        return last != null && last.entity().type() == EntityType.PERSON && at.text().substring(last.end(), end).isBlank();
    }
}
