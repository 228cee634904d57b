package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.support.SharedData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keyed alternation finds exactly what the one regex of all phrases finds. */
class PhraseAlternationTest {
    private static final Function<String, String> ALTERNATIVE =
            p -> Pattern.quote(p).replace(" ", "\\E\\s+(?:\\([^()]{1,40}\\)\\s+)?\\Q");
    private static final String PREFIX = PhraseAlternation.WORD_START;
    private static final String SUFFIX = "(?![\\p{L}\\d])";

    private static List<PhraseAlternation.Found> reference(List<String> phrases, String text, int from, int to) {
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            alt.append(alt.isEmpty() ? "" : "|").append(ALTERNATIVE.apply(p));
        }
        Matcher m = Pattern.compile("(?iu)" + PREFIX + "(" + alt + ")" + SUFFIX).matcher(text).region(from, to);
        List<PhraseAlternation.Found> out = new ArrayList<>();
        while (m.find()) {
            out.add(new PhraseAlternation.Found(m.start(), m.end(), m.group(1)));
        }
        return out;
    }

    private static void assertSame(List<String> phrases, String text, int from, int to) {
        PhraseAlternation keyed = new PhraseAlternation(phrases, ALTERNATIVE, PREFIX, SUFFIX);
        assertThat(keyed.find(text, from, to)).as("%s [%d, %d)", text, from, to)
                .isEqualTo(reference(phrases, text, from, to));
    }

    @Test
    void findsWhatTheOneRegexFinds() {
        List<String> phrases = List.of("berbicara melalui telepon", "bertemu dengan", "bertemu", "menerima kunjungan",
                "ikut", "istana", "kunjungan", "ſowan");
        for (String text : List.of("Ia BERTEMU dengan X, lalu Bertemu Y.", "xbertemu bertemux bertemu",
                "berbicara (via video) melalui   telepon", "Berbicara melalui telepon", "İstana, ıkut, IKUT, SOWAN, ſowan",
                "menerima kunjungan menerima kunjungannya", "b", "",
                // what stands before a phrase: an ASCII or another digit, an accented letter, an underscore, a surrogate pair
                "3bertemu ٣bertemu ébertemu _bertemu 𝐀bertemu -bertemu")) {
            for (int from = 0; from <= text.length(); from++) {
                assertSame(phrases, text, from, text.length());
                assertSame(phrases, text, 0, from);
            }
        }
    }

    @Test
    void firstWordsThatArePrefixesOfOthersAreTriedInTheirOrder() {
        List<String> phrases = List.of("temu kangen", "temu", "te mu", "bertemu", "ber temu", "bert", "a b", "ab");
        for (String text : List.of("temu kangen temukan te  mu bertemu ber temu bert", "a  b, ab, xa b", "temu")) {
            for (int from = 0; from <= text.length(); from++) {
                assertSame(phrases, text, from, text.length());
                assertSame(phrases, text, 0, from);
            }
        }
    }

    @Test
    void aPhraseStartingWithASpaceFallsBackToTheOneRegex() {
        assertSame(List.of(" a b", "ab"), "a  b, ab, xa b", 0, 14);
    }

    @Test
    void findsTheContactCuesOfTheCorpusAsTheOneRegexDid() {
        List<String> phrases = new ArrayList<>();
        for (String[] row : new Lexicon("id").table("contact-cues.txt", 2)) {
            phrases.add(ContactCues.normal(row[1]));
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        PhraseAlternation keyed = new PhraseAlternation(phrases, ALTERNATIVE, PREFIX, SUFFIX);
        int found = 0;
        for (Article a : new ArticleSource().collect(List.of(SharedData.corpus())).articles()) {
            String text = a.text();
            List<PhraseAlternation.Found> expected = reference(phrases, text, 0, text.length());
            assertThat(keyed.find(text, 0, text.length())).as(a.origin()).isEqualTo(expected);
            // regions that start or end inside words, as sentence bounds may
            int mid = text.length() / 3;
            assertThat(keyed.find(text, mid, 2 * mid)).isEqualTo(reference(phrases, text, mid, 2 * mid));
            found += expected.size();
        }
        assertThat(found).isGreaterThan(1000);
    }
}
