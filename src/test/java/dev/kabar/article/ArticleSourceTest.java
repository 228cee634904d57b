package dev.kabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
    @TempDir
    Path dir;

    @Test
    void plainTextWithBomKeepsTextWithoutBomAndGetsAContentId() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.write(f, ("\uFEFFPresiden bertemu menteri.").getBytes(StandardCharsets.UTF_8));
        ArticleSource.Collected got = new ArticleSource().collect(List.of(f));
        assertThat(got.problems()).isEmpty();
        assertThat(got.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Presiden bertemu menteri.");
            assertThat(a.id()).startsWith("c").hasSize(17);
        });
    }

    @Test
    void sameContentGivesSameIdWhateverTheLineEndings() {
        assertThat(ArticleIds.of(null, null, "a\r\nb\r\n")).isEqualTo(ArticleIds.of(null, null, "a\nb"));
        assertThat(ArticleIds.of(null, null, "a\nb")).isNotEqualTo(ArticleIds.of(null, null, "a\nc"));
        assertThat(ArticleIds.of("indosum-1", "http://x", "t")).isEqualTo("indosum-1");
        assertThat(ArticleIds.of("has space/and slash", null, "t")).startsWith("h");
        assertThat(ArticleIds.of(null, "https://example.org/a", "t")).startsWith("u");
    }

    @Test
    void htmlGivesTitleDateUrlAndBlockText() throws IOException {
        Path f = dir.resolve("page.html");
        Files.writeString(f, """
                <html><head><title>Judul halaman</title>
                <meta property="og:title" content="Judul Berita">
                <meta property="article:published_time" content="2024-03-04T10:15:00+07:00">
                <meta property="og:url" content="https://contoh.example/berita/1">
                <meta property="og:site_name" content="Kabar Contoh">
                <script>var x = "jangan dibaca";</script></head>
                <body><article><p>Paragraf pertama.</p><p>Paragraf <b>kedua</b>.</p></article></body></html>
                """);
        ArticleSource.Collected got = new ArticleSource().collect(List.of(f));
        assertThat(got.problems()).isEmpty();
        Article a = got.articles().get(0);
        assertThat(a.text()).isEqualTo("Paragraf pertama.\nParagraf kedua.");
        assertThat(a.given().title()).isEqualTo("Judul Berita");
        assertThat(a.given().published()).isEqualTo("2024-03-04T10:15:00+07:00");
        assertThat(a.given().publisher()).isEqualTo("Kabar Contoh");
        assertThat(a.id()).isEqualTo(ArticleIds.of(null, "https://contoh.example/berita/1", ""));
    }

    @Test
    void jsonLinesReportsABrokenLineAndKeepsTheOthers() throws IOException {
        Path f = dir.resolve("many.jsonl");
        Files.writeString(f, """
                {"id": "a1", "title": null, "date": "2017-03-28", "source": "contoh", "url": "https://x/1", "body": "Teks satu."}
                {"id": "a2", "body": "Teks dua
                {"id": "a3", "body": "Teks tiga."}
                [1, 2]
                {"id": "a5", "body": ""}
                """);
        ArticleSource.Collected got = new ArticleSource().collect(List.of(f));
        assertThat(got.articles()).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(got.articles().get(0).given().published()).isEqualTo("2017-03-28");
        assertThat(got.problems()).extracting(ReadProblem::origin).containsExactly(f + ":2", f + ":4", f + ":5");
        assertThat(got.problems().get(0).reason()).startsWith("malformed JSON");
        assertThat(got.problems().get(1).reason()).contains("expected a JSON object");
        assertThat(got.problems().get(2).reason()).contains("no \"body\"");
    }

    @Test
    void badFilesAreReportedOneByOneAndGoodOnesStillRead() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n \n");
        Files.writeString(dir.resolve("good.txt"), "Isi berita yang baik.");
        Files.writeString(dir.resolve("notes.md"), "not an article type: ignored inside folders");
        ArticleSource.Collected got = new ArticleSource().collect(List.of(dir, dir.resolve("missing.txt")));
        assertThat(got.articles()).extracting(Article::text).containsExactly("Isi berita yang baik.");
        assertThat(got.problems()).extracting(ReadProblem::toString).containsExactly(
                dir.resolve("notes.md") + ": ignored: not an article file type (.txt, .html, .jsonl)",
                dir.resolve("blank.txt") + ": no text (only white space)",
                dir.resolve("empty.txt") + ": empty file",
                dir.resolve("image.txt") + ": binary content (a PNG image), not a text article",
                // one high byte in six is too many for legacy text
                dir.resolve("latin1.txt") + ": not valid UTF-8 text (bad byte sequence at offset 3)",
                dir.resolve("missing.txt") + ": no such file or folder");
    }

    @Test
    void utf16WithBomIsRead() throws IOException {
        Path f = dir.resolve("u16.txt");
        byte[] body = "Berita UTF-16.".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        ArticleSource.Collected got = new ArticleSource().collect(List.of(f));
        assertThat(got.articles()).extracting(Article::text).containsExactly("Berita UTF-16.");
    }
}
