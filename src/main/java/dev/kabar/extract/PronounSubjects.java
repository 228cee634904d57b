package dev.kabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a subject pronoun ("ia", "dia", "beliau") stands for. A pronoun that opens its sentence continues the
 * previous sentence's subject ("Lucci menemui petinggi Juventus, termasuk X. Setelah itu, ia bertemu …": Lucci,
 * not X, the last person named); elsewhere, and when the previous sentence opens with no person, it is the
 * person named last.
 */
final class PronounSubjects {
    /** What may come before a sentence-opening pronoun: a connective and its comma. */
    private static final Pattern OPENING = Pattern.compile("(?iu)[\\s\"“(]*(?:(?:setelah itu|sesudah itu|usai itu|kemudian|lalu|"
            + "namun|tetapi|akan tetapi|sementara itu|selain itu|di sisi lain|sebelumnya|saat itu|ketika itu|kala itu|"
            + "pada saat itu|pada kesempatan itu|dalam kesempatan itu|dalam kesempatan tersebut|bahkan|meski demikian|"
            + "meski begitu|oleh karena itu|karena itu|akhirnya|selanjutnya|adapun|dan|meski|meskipun|walau|walaupun)\\b[\\s,]*)?");
    /** "Kepada Goal Indonesia, Aji mengungkapkan …": whom the subject told, fronted; the subject comes after. */
    private static final Pattern TOLD_FIRST = Pattern.compile("(?iu)[\\s\"“(]*kepada\\s+[^,.;]{1,40},\\s*");
    /** "Mengutip Sydney Morning Herald, ia berkata …": the outlet relied on, fronted; the pronoun is still the subject. */
    private static final Pattern SOURCE_FIRST = Pattern.compile(
            "(?iu)[\\s\"“(]*(?:mengutip|melansir|dikutip dari|dilansir(?: dari)?|seperti dikutip dari|seperti dilansir(?: dari)?)\\s+[^,.;]{1,50},\\s*");
    /** "Menanggapi itu, …", "Terkait hal tersebut, …": what the subject answered or spoke to, fronted. */
    private static final Pattern FRONTED = Pattern.compile(
            "(?iu)[\\s\"“(]*(?:menanggapi|menjawab|merespons|merespon|menyikapi|terkait|soal|mengenai)\\s+[^,.;\"“”]{1,60},\\s*");
    /** A few words in lower case describing whoever is named next. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?u)\\s*\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?iu)(ia|dia|beliau)\\b");
    /**
     * Between names of one subject: capitalised words, numbers, commas, brackets and the words that join roles ("Agen
     * Evan dan Ilham, Muly Munial", "Ketua X dan mantan anggota Dewan Kota Y Z").
     */
    private static final Pattern CAPITALISED_ONLY = Pattern.compile(
            "(?u)(?:[\\s,()]|\\p{Lu}[\\p{L}.\\-]*|\\d+|(?<![\\p{L}])(?:dan|serta|sekaligus|mantan|eks)(?![\\p{L}]))*");
    /** A sentence that opens a quotation: its first names are the quotation's, not the narrative's subject. */
    private static final Pattern QUOTED_OPENING = Pattern.compile("^[\\s(]*[\"“”']");

    /** How far back a pronoun's subject may have been named, over sentences that name no person. */
    private static final int MAX_SENTENCES_BACK = 7;

    private PronounSubjects() {
    }

    /** The person the subject pronoun at {@code pronounBegin} stands for, or null. */
    static Entity referent(AnnotatedText at, int pronounBegin) {
        Entity previousSubject = previousSubject(at, pronounBegin);
        return previousSubject != null ? previousSubject : at.lastPersonBefore(pronounBegin);
    }

    /** "Ia akhirnya buka suara … dalam perbincangan dengan X": the pronoun that opens sentence {@code s}, before {@code limit}. */
    static Mention opening(AnnotatedText at, Sentence s, int limit) {
        String text = at.text();
        int from = ContactParticipants.datelineEnd(at, s, limit);
        Matcher opening = OPENING.matcher(text).region(from, limit);
        if (!opening.lookingAt()) {
            return null;
        }
        Matcher pronoun = PRONOUN.matcher(text).region(opening.end(), limit);
        if (!pronoun.lookingAt()) {
            return null;
        }
        Entity person = referent(at, pronoun.start());
        return person == null ? null : new Mention(pronoun.start(), pronoun.end(), pronoun.group(1), person);
    }

    /**
     * The subject of the sentence before, for a pronoun that opens its sentence (after a connective, or after the
     * outlet its words were taken from), or null: the person the article is following, rather than one named
     * after the subject ("X tetap mendukung Y. Mengutip Z, ia berkata …": X).
     */
    static Entity previousSubject(AnnotatedText at, int pronounBegin) {
        String text = at.text();
        Sentence here = at.sentenceAt(pronounBegin);
        List<Sentence> sentences = at.sentences();
        int i = here == null ? -1 : sentences.indexOf(here);
        if (i <= 0) {
            return null;
        }
        int start = ContactParticipants.datelineEnd(at, here, pronounBegin);
        Matcher source = SOURCE_FIRST.matcher(text).region(start, pronounBegin);
        if (source.lookingAt()) {
            start = source.end();
        }
        if (!OPENING.matcher(text.substring(start, pronounBegin)).matches()) {
            return null;
        }
        // sentences that name no person leave the subject as it was ("… katanya. Oleh karena itu, ia menilai …")
        int j = i - 1;
        while (j > 0 && i - j < MAX_SENTENCES_BACK && at.actorsIn(sentences.get(j).begin(), sentences.get(j).end()).stream()
                .noneMatch(m -> m.entity().type() == EntityType.PERSON)) {
            j--;
        }
        Sentence previous = sentences.get(j);
        int from = ContactParticipants.datelineEnd(at, previous, previous.end());
        if (QUOTED_OPENING.matcher(text.substring(from, previous.end())).find()) {
            return null;
        }
        Matcher told = TOLD_FIRST.matcher(text).region(from, previous.end());
        if (told.lookingAt()) {
            from = told.end();
        }
        Matcher fronted = FRONTED.matcher(text).region(from, previous.end());
        if (fronted.lookingAt()) {
            from = fronted.end(); // "Menanggapi itu, X memohon …": what X answered, fronted; the subject comes after
        }
        List<Mention> actors = at.actorsIn(from, previous.end());
        if (actors.isEmpty()) {
            return null;
        }
        int k = SubjectQualifiers.pastQualifiers(text, actors);
        Mention first = actors.get(k);
        // "Kasubdit Lantas Polda Metro Jaya, AKBP Budi mengatakan": a role's names in capitals lead to its holder
        int last = k;
        while (last + 1 < actors.size()
                && CAPITALISED_ONLY.matcher(text.substring(actors.get(last).end(), actors.get(last + 1).begin())).matches()) {
            last++;
        }
        Mention subject = actors.get(last);
        if (subject.entity().type() != EntityType.PERSON) {
            return null;
        }
        String lead = text.substring(from, first.begin());
        // "anggota tim hukum Miryam, Heru Andeska memohon …": a description in lower case, then its holder's name
        boolean described = last > k && DESCRIPTION.matcher(lead).matches();
        return lead.isBlank() || described || ContactParticipants.roleWords(lead) || OPENING.matcher(lead).matches() ? subject.entity() : null;
    }
}
