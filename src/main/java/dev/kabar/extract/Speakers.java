package dev.kabar.extract;

import dev.kabar.extract.Quotations.Quote;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said it, when the attribution does not simply name the speaker: the head of a relative clause, a person
 * rather than the body in the role, a pronoun, a joint subject that is no single speaker.
 */
final class Speakers {
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\byang\\s+");
    /** "X selaku Ketua Umum PSSI mengatakan": the role the person speaks in, whatever body it names. */
    private static final Pattern ROLE_AS = Pattern.compile("(?iu)\\s+(?:selaku|sebagai)\\s+[^,.;\"“”]{1,80}?,?\\s*");
    /** ", Vice President Legal Relation Pertamina EP, ": a role between commas, then the verb. */
    private static final Pattern ROLE_BETWEEN_COMMAS = Pattern.compile("\\s*,\\s*\\p{Lu}[^,\"“”;()]{1,100},\\s*");
    private static final Pattern LOWER_APPOSITION = Pattern.compile("(?u)\\s*,\\s*(\\p{Ll}+)[^,\"“”;()]{1,100},\\s*");
    private static final Pattern NOT_APPOSITION = Pattern.compile("(?iu)melalui|lewat|dalam|di|pada|saat|ketika|dan|serta|bersama|"
            + "kepada|dengan|menurut|usai|seusai|setelah|sebelum|selain|yang|kemarin|sebelumnya|juga|pun|kini|lalu|kemudian");
    /** "kata salah satu pengelola mal, seperti yang dilansir dari Antara": what follows names the relay, not the speaker. */
    private static final Pattern RELAY = Pattern.compile("(?iu)\\b(?:(?:seperti|sebagaimana)\\s+(?:yang\\s+)?)?(?:dilansir|dikutip|mengutip|melansir)\\b");
    /** Words that make the first name after "kata" someone spoken to or about: "kata dia kepada X". */
    private static final Pattern NOT_SPEAKER_GAP = Pattern.compile("(?iu)\\b(?:dia|ia|beliau|mereka|kepada|terhadap|tentang|soal|pada|kpd)\\b");

    /** "melalui akun Twitter-nya": the channel someone spoke through, never the speaker. */
    private static final Pattern CHANNEL_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:melalui|lewat|via)\\s+(?:akun\\s+)?(?:resmi\\s+)?$");

    private static final Pattern LANGUAGE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:ber)?bahasa\\s+$");

    private Speakers() {
    }

    /** "Jokowi dan Albanese menyoroti …": two subjects joined, said together, no single speaker. */
    static boolean jointSubject(AnnotatedText at, List<Mention> before, Mention subject) {
        int k = before.indexOf(subject);
        if (k <= 0) {
            return false;
        }
        // skip a country that only qualifies the subject's role ("dan Presiden Kenya William Ruto")
        int p = k - 1;
        while (p > 0 && before.get(p).entity().type() == EntityType.COUNTRY && !at.standsAlone(before.get(p))) {
            p--;
        }
        Mention prev = before.get(p);
        String between = at.text().substring(prev.end(), subject.begin());
        return prev.entity().type() != EntityType.COUNTRY && between.matches("(?iu)\\s*(dan|serta|bersama)\\s+(\\p{L}+\\s+){0,3}");
    }

    /** The person named right after a body ("… Olahraga Padang Suardi"), a space apart: the office holder; else null. */
    static Mention officeHolderAfter(AnnotatedText at, Mention body) {
        if (body.entity().type() != EntityType.ORGANIZATION) {
            return null;
        }
        List<Mention> next = at.actorsIn(body.end() + 1, Math.min(at.text().length(), body.end() + 60));
        Mention m = next.isEmpty() ? null : next.get(0);
        return m != null && m.begin() == body.end() + 1 && at.text().charAt(body.end()) == ' '
                && m.entity().type() == EntityType.PERSON ? m : null;
    }

    /** "kata Manajer Persib Umuh Muchtar": the person, not the club in the role. */
    static Entity firstPersonOrFirst(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON) {
                return m.entity();
            }
        }
        return mentions.get(0).entity();
    }

    /**
     * "Fathur yang juga Rektor Universitas X menegaskan": the actor inside the relative clause is not the
     * subject; the person before "yang" is.
     */
    static Mention headOfRelativeClause(AnnotatedText at, Sentence s, List<Mention> before, Mention subject) {
        String text = at.text();
        Matcher yang = RELATIVE.matcher(text).region(s.begin(), subject.begin());
        // the first "yang" that directly follows a person opens the clause ("Ashour yang merupakan anggota
        // organisasi yang diinisiasi PBB … mengatakan": Ashour, not the organisation)
        while (yang.find()) {
            for (Mention m : before) {
                if (m.end() <= yang.start() && m.entity().type() == EntityType.PERSON && StatementExtractor.words(text, m.end(), yang.start()) == 0) {
                    return m;
                }
            }
        }
        return subject;
    }

    /**
     * Whom a pronoun opening its sentence stands for ("Menurutnya, …", "Ia mengatakan …"): the subject of the
     * sentence before when it has one ("Brawn menilai tinggi Schumacher. Menurutnya, …": Brawn, not the last name),
     * else as {@link #pronounSpeaker}.
     */
    static Entity openingPronounSpeaker(AnnotatedText at, List<Quote> quotes, int pronounBegin, Statement previous) {
        Entity subject = PronounSubjects.previousSubject(at, pronounBegin);
        return subject != null ? subject : pronounSpeaker(at, quotes, pronounBegin, previous);
    }

    /**
     * Whom "ia", "dia", "menurutnya" stand for: the person last quoted, unless someone else has been named outside
     * quotations since (a name inside a quote is spoken about, not speaking).
     */
    static Entity pronounSpeaker(AnnotatedText at, List<Quote> quotes, int offset, Statement previous) {
        Mention named = null;
        for (Mention m : at.mentions()) {
            if (m.end() <= offset && m.entity().type() == EntityType.PERSON && !Quotations.inside(quotes, m.begin())) {
                named = m;
            }
        }
        boolean previousIsNewer = previous != null
                // a name inside the previous statement ("Pigai menilai pemikiran Fahri …") is spoken about, not speaking
                && (named == null || named.begin() < previous.evidence().end() || named.entity().equals(previous.speaker()));
        if (previousIsNewer) {
            return previous.speaker();
        }
        return named != null ? named.entity() : at.lastPersonBefore(offset);
    }

    static Entity lastActorBefore(AnnotatedText at, List<Quote> quotes, int offset) {
        return lastBefore(at, quotes, offset, e -> e.type().isActor());
    }

    /**
     * The actor named last before the quotation, outside quotations, that the quotation does not call by name ("…
     * Aiptu Sutisna …," cuitnya: not Sutisna; a title such as "Menteri" inside it is no name).
     */
    static Entity lastActorNotSpokenOf(AnnotatedText at, List<Quote> quotes, Quote q) {
        return lastBefore(at, quotes, q.open(), e -> e.type().isActor() && at.mentions().stream().noneMatch(m -> m.begin() > q.open()
                && m.end() <= q.close() && m.entity().equals(e) && e.name().contains(m.surface().split(" ")[0])));
    }

    /** The person named last outside quotations before {@code offset}; without one, the last actor. */
    static Entity lastPersonOrActorBefore(AnnotatedText at, List<Quote> quotes, int offset) {
        Entity person = lastBefore(at, quotes, offset, e -> e.type() == EntityType.PERSON);
        return person != null ? person : lastActorBefore(at, quotes, offset);
    }

    /** The entity named last outside quotations before {@code offset} that passes the test, or null. */
    private static Entity lastBefore(AnnotatedText at, List<Quote> quotes, int offset, Predicate<Entity> test) {
        Entity found = null;
        for (Mention m : at.mentions()) {
            if (m.end() <= offset && test.test(m.entity()) && !Quotations.inside(quotes, m.begin())
                    && !CHANNEL_BEFORE.matcher(at.text()).region(Math.max(0, m.begin() - 30), m.begin()).find()) {
                found = m.entity();
            }
        }
        return found;
    }

    static boolean namedIn(AnnotatedText at, Entity who, Quote q) {
        return at.mentions().stream().anyMatch(m -> m.begin() > q.open() && m.end() <= q.close() && m.entity().equals(who));
    }

    /** Where the speaker's part of an attribution ends: before a relay ("seperti dilansir Antara"), if any. */
    static int beforeRelay(String text, int from, int to) {
        Matcher relay = RELAY.matcher(text).region(from, to);
        return relay.find() ? relay.start() : to;
    }

    /**
     * The speaker named after an inverted "…, ungkap": right after the verb, or after a short role that may name
     * a body ("ungkap ahli entomologi medis dari University of Florida, Dr. Jonathan Day": the person, not the body).
     */
    /**
     * "kata Juru Bicara Forum Relawan Amanat (Asep untuk Jawa Barat), Aminudin Bustomi": a person inside brackets
     * after the verb belongs to the role's aside when another person is named outside them.
     */
    static List<Mention> withoutBracketedPeople(String text, int from, List<Mention> who) {
        List<Mention> outside = who.stream().filter(m -> !insideBrackets(text, from, m)).toList();
        return outside.stream().anyMatch(m -> m.entity().type() == EntityType.PERSON) ? outside : who;
    }

    static boolean insideBrackets(String text, int from, Mention m) {
        int open = text.lastIndexOf('(', m.begin());
        int close = text.indexOf(')', m.end());
        int nextOpen = text.indexOf('(', m.end());
        return open >= from && text.lastIndexOf(')', m.begin()) < open && close >= 0
                && (nextOpen < 0 || nextOpen > close) && close - m.end() < 60;
    }

    /**
     * Who may be named as the speaker after an attribution verb at {@code from}, up to {@code to} or a relay: the actors
     * there, less languages and, when someone is named outside them, people in a bracketed aside.
     */
    static List<Mention> namedAfterVerb(AnnotatedText at, int from, int to) {
        String text = at.text();
        return withoutBracketedPeople(text, from, withoutLanguages(text, at.actorsIn(from, beforeRelay(text, from, to))));
    }

    /** "kata akun X dengan berbahasa Inggris": a country named as a language does not speak. */
    static List<Mention> withoutLanguages(String text, List<Mention> who) {
        return who.stream().filter(m -> !LANGUAGE_BEFORE.matcher(text).region(Math.max(0, m.begin() - 14), m.begin()).find()).toList();
    }

    static Mention invertedSpeaker(AnnotatedText at, List<Mention> who, int from) {
        if (who.isEmpty()) {
            return null;
        }
        String text = at.text();
        Mention first = who.get(0);
        if (first.begin() - from <= 1) {
            return first.entity().type() == EntityType.PERSON ? first : personIn(text, who, from).orElse(first);
        }
        String lead = text.substring(from, first.begin());
        if (StatementExtractor.words(text, from, first.begin()) > 6 || NOT_SPEAKER_GAP.matcher(lead).find()) {
            return null;
        }
        return personIn(text, who, from).orElse(null);
    }

    private static Optional<Mention> personIn(String text, List<Mention> who, int from) {
        return who.stream().filter(m -> m.entity().type() == EntityType.PERSON && StatementExtractor.words(text, from, m.begin()) <= 12
                && !NOT_SPEAKER_GAP.matcher(text.substring(from, m.begin())).find()).findFirst();
    }

    /**
     * "Boca, klub yang membesarkan Tevez, mengklaim": the actor before an apposition in lower case set off by commas,
     * whatever actors the apposition names; null when there is none. An apposition opening with a preposition or a
     * conjunction is a circumstance ("X, melalui Y, menyatakan"), left to the other rules.
     */
    static Mention apposedSubject(AnnotatedText at, List<Mention> subjects, int verb) {
        for (Mention m : subjects) {
            Matcher apposition = LOWER_APPOSITION.matcher(at.text().substring(m.end(), verb));
            if (apposition.matches()) {
                return NOT_APPOSITION.matcher(apposition.group(1)).matches() ? null : m;
            }
        }
        return null;
    }

    /**
     * "Yodi Priyatna, Vice President Legal Relation Pertamina EP, mengatakan": the person before a capitalised role
     * set off by commas, whatever bodies the role names; null when the subject is not so described.
     */
    static Mention describedPerson(AnnotatedText at, List<Mention> subjects, int verb) {
        for (int k = subjects.size() - 1; k >= 0; k--) {
            Mention m = subjects.get(k);
            if (m.entity().type() == EntityType.PERSON) {
                String gap = at.text().substring(m.end(), verb);
                return ROLE_BETWEEN_COMMAS.matcher(gap).matches() || ROLE_AS.matcher(gap).matches() ? m : null;
            }
        }
        return null;
    }
}
