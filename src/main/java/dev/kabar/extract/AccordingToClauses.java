package dev.kabar.extract;

import dev.kabar.extract.Quotations.Quote;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "menurut" where the usual "Menurut X, …" does not hold: the source closing the sentence ("…, menurut X."), or
 * "menurutnya" inside a sentence with no comma on either side ("Keputusan itu menurutnya keliru …").
 */
final class AccordingToClauses {
    private static final Pattern INSERTED = Pattern.compile("(?iu)(?<=\\p{L})(?<!\\byang)\\s+menurut(?:nya|\\s+(?:dia|ia|beliau))\\s+(?=\\p{L})");
    /** Nothing but the sentence's end (perhaps a dated bracket) after a closing source. */
    private static final Pattern SENTENCE_CLOSES = Pattern.compile("\\s*(?:\\([^)]{0,30}\\))?\\s*[.!?]?[\"”]?\\s*");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

    private AccordingToClauses() {
    }

    /**
     * "…, menurut X.": the statement before the source that closes the sentence at [menurutStart, menurutEnd); null
     * when the sentence goes on after the source, empty when a quotation stands before it (the direct statements read it).
     */
    static List<Statement> closingSource(AnnotatedText at, Sentence s, int menurutStart, int menurutEnd) {
        String text = at.text();
        List<Mention> named = at.actorsIn(menurutEnd, s.end());
        if (menurutStart <= s.begin() || named.isEmpty() || StatementExtractor.words(text, s.begin(), menurutStart) < 4) {
            return null;
        }
        String gap = text.substring(menurutEnd, named.get(0).begin());
        if (!(gap.isBlank() || ContactParticipants.roleWords(gap))
                || !SENTENCE_CLOSES.matcher(text).region(named.get(0).end(), s.end()).matches()) {
            return null;
        }
        int end = text.lastIndexOf(',', menurutStart);
        int begin = ContactParticipants.datelineEnd(at, s, end);
        if (end < begin || QUOTE_MARK.matcher(text).region(begin, end).find()) {
            return List.of();
        }
        return List.of(StatementExtractor.statement(at, named.get(0).entity(), StatementExtractor.clean(text.substring(begin, end)),
                SpeechMode.REPORTED, "menurut", s.begin(), s.end(), begin, end));
    }

    /** "Keputusan itu menurutnya keliru …": whom the pronoun stands for thinks what the sentence says around it. */
    static List<Statement> inserted(AnnotatedText at, Sentence s, List<Quote> quotes, Statement previous) {
        String text = at.text();
        int word = text.indexOf("enurut", s.begin());
        if (word < 0 || word >= s.end()) {
            return List.of(); // most sentences hold no "menurut": skip the regex, whose look-behinds try every position
        }
        Matcher within = INSERTED.matcher(text).region(s.begin(), s.end());
        if (!within.find() || StatementExtractor.words(text, s.begin(), within.start()) < 2 || StatementExtractor.words(text, within.end(), s.end()) < 3) {
            return List.of();
        }
        Entity speaker = Speakers.pronounSpeaker(at, quotes, s.begin(), previous);
        if (speaker == null) {
            return List.of();
        }
        String content = StatementExtractor.clean(text.substring(s.begin(), within.start())) + " " + StatementExtractor.clean(text.substring(within.end(), s.end()));
        return List.of(StatementExtractor.statement(at, speaker, content.strip(), SpeechMode.REPORTED, "menurut", s.begin(), s.end(), s.begin(), s.end()));
    }
}
