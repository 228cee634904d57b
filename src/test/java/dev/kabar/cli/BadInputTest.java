package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs a scraped folder holds, through the real entry point: each gets one line on stderr naming the
 * file (and line) and the reason, every good article beside them is loaded, and the run ends with a summary and
 * an exit code that says whether anything was lost.
 */
class BadInputTest {
    private static final String GOOD = "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri "
            + "Jepang di Tokyo pada Senin. \"Kerja sama kedua negara terus tumbuh,\" kata Retno.";
    private static final String GOOD_2 = "Presiden Joko Widodo menelepon Presiden Prancis Emmanuel Macron.";

    @TempDir
    Path dir;

    @Test
    void everyBadInputIsNamedAndEveryGoodArticleLoaded() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01-good.txt"), GOOD);
        Files.write(in.resolve("02-empty.txt"), new byte[0]);
        Files.write(in.resolve("03-report.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("04-photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        zipRenamed(in.resolve("05-archive.txt"));
        Files.write(in.resolve("06-bad-utf8.txt"), randomHighBytes());
        Files.write(in.resolve("07-utf16.txt"), withBom(GOOD_2, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        Files.write(in.resolve("08-utf16be.txt"), withBom(GOOD_2 + " Lagi.", StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        Files.write(in.resolve("09-cp1252.txt"), ("\u201CKami siap,\u201D kata Menteri Pertahanan Prabowo Subianto "
                + "di Jakarta pada Kamis \u2013 sebelum berangkat ke Paris.").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("10-feed.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"title\":\"Satu\",\"body\":\"" + GOOD_2 + "\"}",
                "{\"id\":\"a2\",\"body\":\"rusak\"",
                "[1,2,3]",
                "{\"id\":\"a4\",\"title\":\"Tanpa isi\"}",
                "{\"id\":\"a5\",\"title\":\"Lima\",\"body\":\"" + GOOD.replace("\"", "\\\"") + "\"}"));
        Files.writeString(in.resolve("11-soup.html"), "<html><body><div><p>Presiden Joko Widodo <b>bertemu <i>"
                + "Presiden Xi Jinping</b> di Beijing.<table><tr><td>Kedua <p>pemimpin<script>x=1</td></p></div>"
                + "<<>>&nbsp;&bogus; </span></html></html>");
        Files.createSymbolicLink(in.resolve("12-loop"), in);
        Path locked = in.resolve("13-locked.txt");
        Files.writeString(locked, GOOD_2 + " Terkunci.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.writeString(in.resolve("14-notes.pdf"), "not read: not an article type");
        hugeText(in.resolve("15-huge.txt"), 100L * 1024 * 1024);
        Path store = dir.resolve("store");

        CliRun run = CliRun.of("load", "--store", store.toString(), in.toString(), dir.resolve("nope").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        List<String> err = run.err().lines().toList();
        assertThat(err).doesNotContain("Exception").allSatisfy(l -> assertThat(l).startsWith("kabar: "));
        assertThat(run.err()).contains(
                in.resolve("02-empty.txt") + ": empty file",
                in.resolve("03-report.txt") + ": binary content (a PDF document)",
                in.resolve("04-photo.html") + ": binary content (a JPEG image)",
                in.resolve("05-archive.txt") + ": binary content (a zip archive",
                in.resolve("06-bad-utf8.txt") + ": not valid UTF-8 text (bad byte sequence at offset",
                in.resolve("09-cp1252.txt") + ": not UTF-8; read as Windows-1252",
                in.resolve("10-feed.jsonl") + ":2: malformed JSON",
                in.resolve("10-feed.jsonl") + ":3: expected a JSON object, found array",
                in.resolve("10-feed.jsonl") + ":4: no \"body\" text",
                in.resolve("12-loop") + ": symbolic link loop",
                in.resolve("14-notes.pdf") + ": ignored: not an article file type",
                "truncated " + in.resolve("15-huge.txt") + ": only the first 1.0 MB of 100.0 MB was read",
                dir.resolve("nope") + ": no such file or folder");
        boolean rootReadsAnything = Files.isReadable(locked);
        if (!rootReadsAnything) {
            assertThat(run.err()).contains(locked + ": permission denied");
        }
        int good = rootReadsAnything ? 9 : 8;
        assertThat(run.out()).startsWith("loaded " + good + " articles, skipped ");
        assertThat(err.get(err.size() - 1)).startsWith("kabar: loaded " + good + " articles, skipped ")
                .contains("1 truncated").contains("3 binary, not text");

        CliRun titles = CliRun.of("query", "articles", "--format", "csv", "--store", store.toString());
        // good text, utf-16 (2), cp1252, two JSON lines, tag soup, the huge file's first megabyte (+ locked, as root)
        assertThat(titles.out().lines().count() - 1).isEqualTo(good);
        CliRun people = CliRun.of("query", "people", "--format", "csv", "--store", store.toString());
        assertThat(people.out()).contains("Retno Marsudi", "Emmanuel Macron", "Prabowo Subianto", "Xi Jinping");
    }

    @Test
    void strictTurnsAnySkipIntoAFailureAndACleanRunExitsZero() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun strict = CliRun.of("query", "people", "--strict", "--format", "csv", dir.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(strict.err()).contains("empty.txt: empty file")
                .contains("--strict: 1 inputs were skipped or truncated (the 1 good articles were loaded)");
        Files.delete(dir.resolve("empty.txt"));
        CliRun clean = CliRun.of("query", "people", "--strict", "--format", "csv", dir.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void anOverlongJsonLineIsSkippedAndTheNextOneRead() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write("{\"id\":\"big\",\"body\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "kata demi kata ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 9 * 1024 * 1024 / chunk.length + 1; i++) {
                out.write(chunk);
            }
            out.write(("\"}\n{\"id\":\"small\",\"body\":\"" + GOOD_2 + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("query", "articles", "--format", "csv", feed.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err()).contains(feed + ":1: line of 9.0 MB skipped");
        assertThat(run.out()).contains("small");
    }

    private static byte[] withBom(String text, Charset charset, int b0, int b1) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) b0;
        all[1] = (byte) b1;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    private static byte[] randomHighBytes() {
        byte[] b = new byte[400];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x80 + r.nextInt(0x40) : 'a' + r.nextInt(26));
        }
        return b;
    }

    private static void zipRenamed(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("berita.txt"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void hugeText(Path file, long bytes) throws IOException {
        byte[] paragraph = (GOOD + "\n\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long n = 0; n < bytes; n += paragraph.length) {
                out.write(paragraph);
            }
        }
    }
}
