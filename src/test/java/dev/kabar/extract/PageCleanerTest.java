package dev.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCleanerTest {
    private final PageCleaner cleaner = new PageCleaner(new Lexicon("id"));

    @Test
    void aCapitalisedLinkAfterASentenceDropsTheRestOfItsLine() {
        String text = "Tim tamu menang dua gol. SIMAK JUGA - Pelatih Lama: Klub Kota Kuat\n\nLaga berikutnya digelar Sabtu.";
        String clean = cleaner.clean(text).text();
        assertEquals(text.length(), clean.length());
        assertTrue(clean.startsWith("Tim tamu menang dua gol. "));
        assertFalse(clean.contains("Pelatih Lama"));
        assertTrue(clean.contains("Laga berikutnya digelar Sabtu."));
    }

    @Test
    void theSameWordsInProseStay() {
        String text = "Ia berkata, \"Simak juga - ini penting.\" Warga diminta membaca: aturan baru.";
        assertEquals(text, cleaner.clean(text).text());
    }

    @Test
    void aLineStartingWithBacaColonIsALink() {
        String text = "Paragraf pertama berita.\n\nbaca: Judul Berita Lain Tentang Menteri\n\nParagraf kedua.";
        String clean = cleaner.clean(text).text();
        assertFalse(clean.contains("Judul Berita Lain"));
        assertTrue(clean.contains("Paragraf kedua."));
    }

    @Test
    void aBacaJugaHeadingAloneOnItsLineHeadsALinkListUpToTheNextParagraph() {
        String text = "Paragraf pertama berita.\n\nBaca Juga:\n\nPenyanyi Terkenal Batal Konser\n\n"
                + "Video: Artis Muda Jadi Pemain Bola?\n\nParagraf kedua tetap ada.";
        String clean = cleaner.clean(text).text();
        assertEquals(text.length(), clean.length());
        assertFalse(clean.contains("Penyanyi Terkenal"));
        assertFalse(clean.contains("Artis Muda"));
        assertTrue(clean.contains("Paragraf kedua tetap ada."));
    }

    @Test
    void anEmbeddedPlayerWrittenAsAShortcodeIsPageFurniture() {
        String text = "Paragraf pertama berita.\n\n[video]http://video.contoh.com / e/123_v1[/video]\n\nParagraf kedua.";
        String clean = cleaner.clean(text).text();
        assertFalse(clean.contains("contoh.com"));
        assertTrue(clean.contains("Paragraf kedua."));
    }
}
