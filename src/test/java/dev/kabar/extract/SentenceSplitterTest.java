package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(new Lexicon("id"));

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsOnSentenceEndsAndLines() {
        assertThat(split("Menteri tiba pagi ini. Dia langsung rapat!\nBaris baru tanpa titik"))
                .containsExactly("Menteri tiba pagi ini.", "Dia langsung rapat!", "Baris baru tanpa titik");
    }

    @Test
    void keepsNumbersAbbreviationsAndInitialsTogether() {
        assertThat(split("Korban mencapai 12.345 orang. Prof. Budi dan dr. Sari hadir. Susilo B. Yudhoyono datang."))
                .containsExactly("Korban mencapai 12.345 orang.", "Prof. Budi dan dr. Sari hadir.", "Susilo B. Yudhoyono datang.");
    }

    @Test
    void keepsAQuotationOfSeveralSentencesInOnePiece() {
        assertThat(split("\"Kami siap. Kami menunggu,\" kata juru bicara itu. Rapat selesai."))
                .containsExactly("\"Kami siap. Kami menunggu,\" kata juru bicara itu.", "Rapat selesai.");
    }
}
