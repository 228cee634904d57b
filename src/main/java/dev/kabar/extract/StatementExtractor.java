package dev.kabar.extract;

import dev.kabar.extract.Quotations.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said what: quotations in quotation marks with their attribution after ("…," kata X / ujarnya /
 * bunyi pernyataan X) or before (X mengatakan, "…"), and reported speech (X menegaskan bahwa …;
 * Menurut X, …; …, kata X dalam sebuah pernyataan). Pronoun attributions resolve to the last speaker.
 */
public final class StatementExtractor {
    static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern UNNAMED_COMMENTER = Pattern.compile("(?iu)\\s+(?:(?:akun|netizen|warganet|pengguna|seorang|salah\\s+(?:seorang|satu))\\b"
            + "|@|[\\p{Ll}\\d.]*_[\\w.]*)");
    private static final Pattern ACCOUNT_AFTER = Pattern.compile("(?iu)\\s+(?:(?:pemilik\\s+)?akun\\s+(?:\\p{L}+\\s+)?@|@|netizen\\b|warganet\\b)");
    /** After the attribution verb: a pronoun, "pernyataan itu", or a description ("pria yang akrab disapa …"). */
    private static final Pattern PRONOUN_AFTER = Pattern.compile(
            "(?iu)^\\s*(?:juga\\s+)?(?:dia|ia|beliau|mereka|pernyataan (?:itu|tersebut)|keterangan (?:itu|tersebut)"
                    + "|(?:pria|wanita|perempuan|lelaki|sosok|pemuda|pemudi|gadis|ayah|ibu)\\s+(?:yang|asal|berusia|kelahiran)\\b)\\b");
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("(?iu)(?<!\\p{L})(?:saya|aku)(?!\\p{L})");
    /** "Demikian dikutip Reuters", "demikian dilansir …": who relayed what was said. */
    private static final Pattern RELAYED = Pattern.compile("(?iu)\\s+(?:dikutip|dilansir|dilaporkan|diberitakan|ditulis|sebagaimana|seperti)\\b");
    /** What opens the clause after the verb: "bahwa", and whom it was told to before it ("kepada wartawan bahwa"). */
    private static final Pattern LEAD = Pattern.compile("(?iu)^[\\s,:]*(?:kepada\\s+[^,.;\"“”]{1,40}?\\s+(?=bahwa\\s))?(?:bahwa\\s+)?");
    private final SpeechLexicon speech;
    private final DescribedSpeakers describedSpeakers;
    private final ReportedSpeech reported;

    public StatementExtractor(SpeechLexicon speech, NameLexicon names) {
        this.describedSpeakers = new DescribedSpeakers(names);
        this.speech = speech;
        this.reported = new ReportedSpeech(speech, describedSpeakers);
    }

    /**
     * Whether the quote is attributed to someone unnamed ("…," tulis akun @x, "…," kata seorang warganet): a comment
     * by another, not more of what the last speaker said.
     */
    private boolean attributedToUnnamed(String text, Quote q) {
        int lineEnd = Quotations.lineEnd(text, q.close());
        Matcher w = attributionAfter(text, q, lineEnd);
        return w != null && UNNAMED_COMMENTER.matcher(text).region(w.end(), lineEnd).lookingAt();
    }

    /** "\"…,\" ada juga komentar dari pemilik akun Rizki": someone else named after the quote on its line. */
    private static boolean othersNamedAfter(AnnotatedText at, Quote q, Entity speaker) {
        return at.actorsIn(q.close() + 1, Quotations.lineEnd(at.text(), q.close())).stream()
                .anyMatch(m -> m.entity().type() == EntityType.PERSON && !m.entity().equals(speaker));
    }

    /**
     * The attribution verb that follows the closing quote with only commas and periods between ("…," kata X), or null;
     * not "… . Demikian dikutip Reuters", where an outlet relayed what the speaker named before the quote said.
     */
    private Matcher attributionAfter(String text, Quote q, int lineEnd) {
        Matcher w = WORD.matcher(text).region(q.close() + 1, lineEnd);
        if (!w.find() || !text.substring(q.close() + 1, w.start()).matches("[\\s,.]*") || !isAttribution(w.group())) {
            return null;
        }
        boolean relayed = w.group().equalsIgnoreCase("demikian") && RELAYED.matcher(text).region(w.end(), lineEnd).lookingAt();
        return relayed ? null : w;
    }

    public List<Statement> extract(AnnotatedText at) {
        String text = at.text();
        List<Quote> quotes = Quotations.find(text);
        List<Statement> out = new ArrayList<>();
        Statement lastQuote = null;
        Statement previous = null; // the last statement made, or negated, for pronouns to look back to
        for (Sentence s : at.sentences()) {
            for (Quote q : quotes) {
                if (q.open() >= s.begin() && q.open() < s.end()) {
                    Statement st = direct(at, quotes, q, s, previous == null ? null : previous.speaker());
                    if (st == null && lastQuote != null && Quotations.paragraphsBetween(text, lastQuote.evidence().end(), q.open()) <= 2
                            && Quotations.wholeParagraph(text, q) && !attributedToUnnamed(text, q)
                            && !othersNamedAfter(at, q, lastQuote.speaker())) {
                        // a quoted paragraph with no attribution of its own goes on with the speaker quoted before
                        st = continuation(at, q, lastQuote.speaker());
                    }
                    if (st != null) {
                        out.add(st);
                        lastQuote = st;
                        previous = st;
                    }
                }
            }
            List<Statement> untold = new ArrayList<>();
            for (Statement st : reported.reported(at, s, quotes, previous, untold)) {
                out.add(st);
                previous = st;
            }
            for (Statement st : untold) {
                previous = st; // "X belum menyebutkan kapan …" said nothing, but the article follows X
            }
        }
        return out;
    }

    private Statement direct(AnnotatedText at, List<Quote> quotes, Quote q, Sentence s, Entity last) {
        String text = at.text();
        int contentBegin = q.open() + 1;
        int contentEnd = q.close();
        String content = text.substring(contentBegin, contentEnd).strip().replaceAll("[,.]$", "");
        if (WORD.matcher(content).results().count() < 3) {
            return null; // a scare-quoted phrase, not a statement
        }
        int lineEnd = Quotations.lineEnd(text, q.close());
        Matcher w = attributionAfter(text, q, lineEnd);
        if (w != null && ACCOUNT_AFTER.matcher(text).region(w.end(), lineEnd).lookingAt()) {
            return null; // "…," cuit akun @x: an account the article does not name
        }
        if (w != null) {
            String cue = w.group();
            Sentence attribution = at.sentenceAt(w.start());
            int attributionEnd = attribution == null ? lineEnd : attribution.end();
            Entity speaker;
            if (cue.toLowerCase(Locale.ROOT).endsWith("nya") || PRONOUN_AFTER.matcher(text.substring(w.end(), lineEnd)).find()
                    || describedSpeakers.describesPersonAfter(at, w.end(), lineEnd)) {
                // "…Jenderal Dunford," katanya: whoever the quote speaks of in the third person did not say it
                // "…saya sangat bersemangat…," ujarnya: who says "saya" is a person, not the country named last
                speaker = last != null && !Speakers.namedIn(at, last, q) ? last
                        : FIRST_PERSON_SINGULAR.matcher(content).find() ? Speakers.lastPersonOrActorBefore(at, quotes, q.open())
                        : Speakers.lastActorNotSpokenOf(at, quotes, q);
            } else {
                List<Mention> after = Speakers.namedAfterVerb(at, w.end(), Math.min(attributionEnd, w.end() + 80));
                if (after.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON && !Speakers.insideBrackets(text, w.end(), m))) {
                    // "kata Kepala Bidang Kedokteran dan Kesehatan Polda Metro Jaya Komisaris Besar X": a long office
                    // holds bodies before its holder; a person a little further on is the speaker
                    List<Mention> further = Speakers.namedAfterVerb(at, w.end(), Math.min(attributionEnd, w.end() + 130));
                    after = further.stream().anyMatch(m -> m.entity().type() == EntityType.PERSON) ? further : after;
                }
                speaker = after.isEmpty() ? null : Speakers.firstPersonOrFirst(after);
                Mention holder = after.isEmpty() ? null : Speakers.officeHolderAfter(at, after.get(after.size() - 1));
                if (holder != null && after.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON)) {
                    speaker = holder.entity(); // "kata … Kepala Dinas Pemuda dan Olahraga Padang Suardi": a long role
                }
            }
            if (speaker != null) {
                return statement(at, speaker, content, SpeechMode.DIRECT, cue, s.begin(), Math.max(attributionEnd, q.close() + 1),
                        contentBegin, contentEnd);
            }
            return null;
        }
        // attribution before the opening quote: X mengatakan, "…" or X: "…"
        String before = text.substring(s.begin(), q.open());
        Matcher bw = WORD.matcher(before);
        String cue = null;
        int cueAt = -1;
        while (bw.find()) {
            if (speech.isReported(bw.group()) || speech.isDirect(bw.group())) {
                cue = bw.group();
                cueAt = s.begin() + bw.start();
            }
        }
        if (cue == null && before.strip().endsWith(":")) {
            cueAt = s.begin() + before.lastIndexOf(':');
        }
        if (cueAt < 0) {
            return null;
        }
        List<Mention> subjects = at.actorsIn(s.begin(), cueAt);
        if (subjects.isEmpty()) {
            return null;
        }
        return statement(at, subjects.get(subjects.size() - 1).entity(), content, SpeechMode.DIRECT, cue, s.begin(),
                q.close() + 1, contentBegin, contentEnd);
    }

    private Statement continuation(AnnotatedText at, Quote q, Entity speaker) {
        String content = at.text().substring(q.open() + 1, q.close()).strip().replaceAll("[,.]$", "");
        if (WORD.matcher(content).results().count() < 3) {
            return null;
        }
        return statement(at, speaker, content, SpeechMode.DIRECT, null, q.open(), q.close() + 1, q.open() + 1, q.close());
    }

    /** Past ", :" and "bahwa" to where what was said begins. */
    static int skipLead(String text, int from, int end) {
        Matcher lead = LEAD.matcher(text).region(from, end);
        return lead.lookingAt() ? lead.end() : from;
    }

    private boolean isAttribution(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return speech.isDirect(w) || w.equals("bunyi") || w.equals("lanjut") || w.equals("demikian");
    }

    static Statement statement(AnnotatedText at, Entity speaker, String content, SpeechMode mode, String cue,
                                       int evidenceBegin, int evidenceEnd, int contentBegin, int contentEnd) {
        List<Entity> mentioned = new ArrayList<>();
        for (Mention m : at.actorsIn(contentBegin, contentEnd)) {
            if (!mentioned.contains(m.entity())) {
                mentioned.add(m.entity());
            }
        }
        int end = Math.min(evidenceEnd, at.text().length());
        return new Statement(speaker, content, mode, cue, null, mentioned, at.span(evidenceBegin, end));
    }

    static long words(String text, int begin, int end) {
        if (end <= begin) {
            return 0;
        }
        return WORD.matcher(text.substring(begin, end)).results().count();
    }

    static String clean(String s) {
        return s.strip().replaceAll("[\\s.,;:]+$", "");
    }
}
