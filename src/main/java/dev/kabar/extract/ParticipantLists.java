package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which mentions can take part in a contact, and the list of them that follows a cue: "dengan X, Y dan Z", with
 * descriptions, relative clauses and bodies that only describe a person ("anggota Komisi II dari fraksi Partai
 * Hanura Miryam S Haryani") left out.
 */
final class ParticipantLists {
    private static final Set<String> LIST_STOP = Set.of("untuk", "terkait", "mengenai", "membahas", "soal", "tentang",
            "di", "ke", "pada", "guna", "yang", "dalam", "atas", "agar", "sejak", "setelah", "sebelum", "karena",
            "selain", "kecuali"); // "dengan salah satu tim, selain Persib": the body named is the one excluded
    /** Where a sentence ends inside the gap before a listed name. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");
    /** Between two bodies that together describe a person: "Komisi II dari fraksi Partai Hanura", "Kemlu RI". */
    private static final Pattern QUALIFIER_CHAIN = Pattern.compile("(?iu)\\s*(?:\\(\\s*)?(?:dari\\s+)?(?:fraksi\\s+)?");
    /** "Duta Besar Australia untuk Indonesia X": an envoy's country, then where the envoy is sent, then the envoy. */
    private static final Pattern ENVOY_BEFORE = Pattern.compile(
            "(?iu)\\b(?:duta\\s+besar|dubes|utusan(?:\\s+khusus)?|wakil\\s+tetap|perwakilan\\s+tetap|watap|konsul(?:\\s+jenderal)?|konjen)\\s+$");
    private static final Pattern SENT_TO = Pattern.compile("(?iu)\\s+untuk\\s+");
    /** What may open a list of named people, each with a description: "seperti", "diantaranya", "Mereka adalah". */
    private static final Pattern LIST_OPENED = Pattern.compile(
            "(?iu)\\b(?:" + ContactParticipants.EXAMPLE_WORDS + "|adalah)\\s+");
    /** "… dengan Ketua Umum MUI, KH. X": the word joining an item to the one before is no part of its role. */
    private static final Pattern LEADING_JOIN = Pattern.compile("(?iu)^\\s*,?\\s*(?:dengan|dan|serta|bersama)\\s+");
    private static final Pattern CHAIN_WORDS = Pattern.compile("(?iu)\\b(?:dari|fraksi)\\b");
    private static final Pattern CLAUSE_AFTER_COMMA = Pattern.compile("^\\s*,\\s*(?!dan\\b|serta\\b|juga\\b)\\p{Ll}");
    private static final Pattern RELATIVE_ITEM = Pattern.compile("(?iu)\\s*yang\\b[^,.;]{1,80},\\s*(?:dan\\s+|serta\\s+)?");

    /** An active verb (me-, ber-) in a gap; "bersama", "beserta" and "berikut" join list items; "bernama", "berusia" … describe one. */
    private static final Pattern VERB = Pattern.compile("(?u)(?<!\\p{L})(?:me|ber)(?!sama\\b|serta\\b|ikut\\b|nama\\b|inisial\\b|usia\\b|juluk\\b|gelar\\b|pangkat\\b|asal\\b|kebangsaan\\b)\\p{Ll}{3,}");
    private static final Pattern BRACKETED_AFTER_NAME = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+\\s*\\(\\s*");
    /** A description opening after a listed person: a comma, then no connector ("X, Ketua Umum …", not "X, dan Y"). */
    private static final Pattern APPOSITION_OPEN = Pattern.compile("(?iu)\\s*,\\s*(?!(?:dan|serta|juga)\\b)\\p{L}[^,;]*");
    /** After the body that ends the description: its short name perhaps, then a comma or the sentence's end. */
    private static final Pattern APPOSITION_CLOSE = Pattern.compile("\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:,|[.!?]|$)");
    private final NameLexicon names;

    ParticipantLists(NameLexicon names) {
        this.names = names;
    }

    /**
     * Whether a mention can take part in a contact: anything that stands alone, and also a country named
     * only through its office holder ("dihubungi Menlu Belanda", "Menlu Iran meneleponnya"), who the article
     * does not name.
     */
    boolean actor(AnnotatedText at, Mention m) {
        if (at.standsAlone(m)) {
            return true;
        }
        String text = at.text();
        List<Token> before = Token.of(text, Math.max(0, m.begin() - 40), m.begin());
        boolean afterTitle = false;
        for (int i = 0; i < before.size() && !afterTitle; i++) {
            int t = names.titleAt(before, i);
            afterTitle = t > 0 && i + t == before.size() && before.get(before.size() - 1).end() + 1 >= m.begin()
                    && !names.isHonorific(before.get(i).text());
        }
        List<Token> after = Token.of(text, m.end(), Math.min(text.length(), m.end() + 30));
        // "Menlu Iran Abbas Araghchi", "Penasihat Keamanan Nasional Myanmar, Thaung Tun": the country only qualifies
        boolean named = !after.isEmpty() && after.get(0).capitalised()
                && (names.titleAt(after, 0) == 0 || names.isHonorific(after.get(0).text())) // "Menlu Malaysia Dato Sri X"
                && text.substring(m.end(), after.get(0).begin()).matches("\\s*,?\\s*");
        return afterTitle && !named && text.charAt(m.begin() - 1) != '-';
    }

    /**
     * A list of actors starting at {@code from}: "X, Y, dan Z", stopping at a clause word. An item may be
     * introduced by its role ("Ketua Umum Partai NasDem Surya Paloh": the party only qualifies the person)
     * or by a description ending in a comma ("pasangan calon gubernur …, Agus Harimurti Yudhoyono").
     */
    List<Mention> list(AnnotatedText at, int from, int end) {
        String text = at.text();
        List<Mention> candidates = at.actorsIn(from, end);
        List<Mention> out = new ArrayList<>();
        int cursor = from;
        // the caller may start the list right after "seperti", "diantaranya" …
        Matcher opened = LIST_OPENED.matcher(text).region(Math.max(0, from - 15), from);
        boolean examplesList = false;
        while (opened.find()) {
            examplesList = opened.end() == from;
        }
        for (int k = 0; k < candidates.size(); k++) {
            Mention m = candidates.get(k);
            String gap = text.substring(cursor, m.begin());
            Matcher examples = ContactParticipants.EXAMPLES.matcher(gap);
            // "dengan Andi yaitu pada 2009. Saat itu Andi …": no example follows the word, so the list stands
            if (examples.find() && ContactParticipants.words(text, cursor, cursor + examples.start()) <= 4
                    && ContactParticipants.words(text, cursor + examples.end(), m.begin()) <= 6
                    && !SENTENCE_END.matcher(gap.substring(examples.end())).find()) {
                // "dengan tokoh dunia seperti Sekjen PBB X", "bertemu politikus PKS seperti X, Y": the list starts
                // after "seperti"; what came before described the group
                out.clear();
                examplesList = true;
                cursor += examples.end();
                gap = gap.substring(examples.end());
            }
            if (BRACKETED_AFTER_NAME.matcher(gap).matches()) {
                break; // "bertemu Novi (Dea Panendra)": the one met is Novi; the bracket names who plays her
            }
            int closing = ContactParticipants.OPENING_BRACKET.matcher(gap).matches() && !out.isEmpty() ? text.indexOf(')', m.begin()) : -1;
            if (closing > 0 && closing < end) {
                // "Direktorat Jenderal Pajak Kementerian Keuangan (DJP Kemenkeu)": the bracket names the item again
                while (k + 1 < candidates.size() && candidates.get(k + 1).begin() < closing) {
                    k++;
                }
                cursor = closing + 1;
                continue;
            }
            // a country right after the verb or "dengan" is an actor; after another word it is a modifier
            if (!actor(at, m) && !gap.isBlank()) {
                continue;
            }
            if (envoyChain(text, candidates, k) && ContactParticipants.roleWords(LEADING_JOIN.matcher(gap).replaceFirst(""))) {
                k++; // "Duta Besar Australia untuk Indonesia X": both countries describe the envoy X
                cursor = candidates.get(k).end();
                continue;
            }
            if (m.entity().type() != EntityType.PERSON && qualifiesPerson(text, candidates, k)
                    && ContactParticipants.roleWords(CHAIN_WORDS.matcher(LEADING_JOIN.matcher(gap).replaceFirst("")).replaceAll(" "))) {
                continue; // "Ketua Umum Partai NasDem Surya Paloh": the organisation qualifies the person
            }
            if (m.entity().type() == EntityType.COUNTRY && !out.isEmpty()
                    && out.get(out.size() - 1).entity().type() == EntityType.ORGANIZATION && gap.matches("[\\s()]*")) {
                continue; // "High Peace Council (HPC) Afghanistan", "Kadin Indonesia": the country qualifies the body
            }
            // "Jack Antonoff yang ikut menjadi produser Reputation, Ruby Rose": a relative clause on an item
            boolean relativeClause = !out.isEmpty() && RELATIVE_ITEM.matcher(gap).matches();
            // "diantaranya X, ahli hukum pidana Profesor Y, dan Z": in a list of examples an item may bring its description
            boolean describedExample = examplesList && ContactParticipants.words(text, cursor, m.begin()) <= 5;
            if (!relativeClause && !out.isEmpty() && ((CLAUSE_AFTER_COMMA.matcher(gap).find() && !describedExample) || VERB.matcher(gap).find())) {
                // "mengunjungi AS dan bertemu dengan X": the list ends where a second verb starts
                break; // "di Yordania, mengulang pandangannya bahwa presiden AS …": a new clause, not a list item
            }
            if (!relativeClause && (!out.isEmpty() || gap.strip().length() > 0)) {
                boolean description = out.isEmpty() && gap.matches("(?s).*,\\s*$") && ContactParticipants.words(text, cursor, m.begin()) <= 12;
                boolean role = ContactParticipants.roleWords(CHAIN_WORDS.matcher(gap).replaceAll(" ")) && ContactParticipants.words(text, cursor, m.begin()) <= 8;
                if (hasStopWord(gap) || (ContactParticipants.words(text, cursor, m.begin()) > 4 && !description && !role)) {
                    break;
                }
            }
            if (SubjectQualifiers.relativeOfNamed(text, m)) {
                break; // "dengan adik X itu": X's sibling, whom the text names elsewhere or not at all
            }
            if (describesListedPerson(text, out, m, gap, end)) {
                cursor = m.end(); // "dengan X, Ketua Umum Partai Golkar, di …": the party describes X, who was met
                continue;
            }
            out.add(m);
            cursor = m.end();
        }
        return ContactParticipants.dedupe(out);
    }

    /** Whether a body closes a description set off by commas after the person listed just before it. */
    private static boolean describesListedPerson(String text, List<Mention> out, Mention m, String gap, int end) {
        return m.entity().type() != EntityType.PERSON && !out.isEmpty()
                && out.get(out.size() - 1).entity().type() == EntityType.PERSON
                && APPOSITION_OPEN.matcher(gap).matches() && ContactParticipants.roleWords(gap)
                && APPOSITION_CLOSE.matcher(text).region(m.end(), end).lookingAt();
    }

    /**
     * Whether the organisation or country at {@code k} belongs to the description of a person named right after it,
     * perhaps through further bodies ("anggota Komisi II dari fraksi Partai Hanura Miryam S Haryani").
     */
    private boolean qualifiesPerson(String text, List<Mention> candidates, int k) {
        for (int n = k + 1; n < candidates.size(); n++) {
            Mention before = candidates.get(n - 1);
            Mention next = candidates.get(n);
            String gap = text.substring(before.end(), next.begin());
            // "Ketua Dewan Pakar Partai Golkar (Golkar) X": the body's short name in brackets
            gap = gap.startsWith(")") ? gap.substring(1) : gap;
            if (next.entity().type() == EntityType.PERSON) {
                // "Panglima Angkatan Bersenjata AS Jenderal Joseph Dunford": a rank may stand between
                return SubjectQualifiers.QUALIFIER_GAP.matcher(gap).matches() || titlesOnly(gap);
            }
            if (!QUALIFIER_CHAIN.matcher(gap).matches()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the body or country at {@code k} is an envoy's, followed by where the envoy is sent and the envoy. */
    private static boolean envoyChain(String text, List<Mention> candidates, int k) {
        if (k + 2 >= candidates.size() || candidates.get(k).entity().type() == EntityType.PERSON
                || candidates.get(k + 1).entity().type() == EntityType.PERSON || candidates.get(k + 2).entity().type() != EntityType.PERSON) {
            return false;
        }
        Mention sender = candidates.get(k);
        Mention host = candidates.get(k + 1);
        return ENVOY_BEFORE.matcher(text).region(Math.max(0, sender.begin() - 30), sender.begin()).find()
                && SENT_TO.matcher(text.substring(sender.end(), host.begin())).matches()
                && SubjectQualifiers.QUALIFIER_GAP.matcher(text.substring(host.end(), candidates.get(k + 2).begin())).matches();
    }

    /** Whether a gap holds nothing but titles ("Jenderal", "Laksamana Madya"). */
    private boolean titlesOnly(String gap) {
        List<Token> toks = Token.of(gap, 0, gap.length());
        if (toks.isEmpty() || !gap.isBlank() && !gap.strip().equals(gap.strip().replaceAll("[,;]", ""))) {
            return false;
        }
        int i = 0;
        while (i < toks.size()) {
            int t = names.titleAt(toks, i);
            if (t == 0) {
                return false;
            }
            i += t;
        }
        return true;
    }

    private static boolean hasStopWord(String gap) {
        Matcher w = ContactParticipants.WORD.matcher(gap.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (LIST_STOP.contains(w.group())) {
                return true;
            }
        }
        return false;
    }
}
