package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.support.SharedData;
import java.util.List;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/** The citation cues are found where the one regex alone would find them. */
class SourceCitationsTest {
    private static List<String> spans(List<MatchResult> found) {
        return found.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
    }

    private static void assertSame(String text) {
        assertThat(spans(SourceCitations.cues(text))).as(text).isEqualTo(spans(SourceCitations.CUE.matcher(text).results().toList()));
    }

    @Test
    void findsWhatTheRegexFindsWhateverStandsBeforeTheCue() {
        for (String text : List.of("Dikutip dari Reuters, dilansir oleh AFP", "xdilansir AFP, 3dilansir AFP, _dilansir AFP",
                "édilansir AFP, ſeperti dikutip dari BBC", "MENGUTIP dari CNN dan menurut data dari BPS", "dilansir", "")) {
            assertSame(text);
        }
    }

    @Test
    void findsWhatTheRegexFindsInTheCorpus() {
        int found = 0;
        for (Article a : new ArticleSource().collect(List.of(SharedData.corpus())).articles()) {
            assertSame(a.text());
            found += SourceCitations.cues(a.text()).size();
        }
        assertThat(found).isGreaterThan(500);
    }
}
