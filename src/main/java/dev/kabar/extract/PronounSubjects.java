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
    private static final Pattern PRONOUN = Pattern.compile("(?iu)(ia|dia|beliau)\\b");
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

    private static Entity previousSubject(AnnotatedText at, int pronounBegin) {
        String text = at.text();
        Sentence here = at.sentenceAt(pronounBegin);
        List<Sentence> sentences = at.sentences();
        int i = here == null ? -1 : sentences.indexOf(here);
        if (i <= 0 || !OPENING.matcher(text.substring(ContactParticipants.datelineEnd(at, here, pronounBegin), pronounBegin)).matches()) {
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
        List<Mention> actors = at.actorsIn(from, previous.end());
        int k = SubjectQualifiers.pastQualifiers(text, actors);
        if (actors.isEmpty() || actors.get(k).entity().type() != EntityType.PERSON) {
            return null;
        }
        Mention first = actors.get(k);
        String lead = text.substring(from, first.begin());
        return lead.isBlank() || ContactParticipants.roleWords(lead) || OPENING.matcher(lead).matches() ? first.entity() : null;
    }
}
