package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.InputCensus;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final StringWriter out = new StringWriter();

    @Test
    void aLogGetsAPeriodicLineWithTheShareDoneAndTheTimeLeft() {
        LoadProgress progress = new LoadProgress(new PrintWriter(out), false, now::get);
        progress.expect(10_000);
        at(5, progress, 500);
        assertThat(out.toString()).as("not before the interval").isEmpty();
        at(20, progress, 2_000);
        assertThat(out.toString().strip())
                .isEqualTo("kabar: loading: 2,000 of about 10,000 articles (20%) in 20 s, 100 articles/s, about 1:20 left");
    }

    @Test
    void aTerminalGetsABarRedrawnInPlace() {
        LoadProgress progress = new LoadProgress(new PrintWriter(out), true, now::get);
        progress.expect(1_000);
        at(1, progress, 250);
        at(2, progress, 500);
        assertThat(out.toString()).startsWith("\rkabar: [######------------------]  25% 250/1,000 articles, 250/s, 0:03 left")
                .contains("\rkabar: [############------------]  50% 500/1,000 articles, 250/s, 0:02 left")
                .doesNotContain("\n");
        progress.clearLine();
        assertThat(out.toString()).endsWith("\n");
    }

    @Test
    void withoutACountOrPastItThereIsNoEstimate() {
        LoadProgress progress = new LoadProgress(new PrintWriter(out), false, now::get);
        at(10, progress, 1_000);
        progress.expect(500);
        at(20, progress, 2_000);
        assertThat(out.toString().lines()).containsExactly(
                "kabar: loading: 1,000 articles in 10 s (100 articles/s)",
                "kabar: loading: 2,000 articles in 20 s (100 articles/s)");
    }

    @Test
    void longLoadsCountHours() {
        assertThat(LoadProgress.clock(59)).isEqualTo("0:59");
        assertThat(LoadProgress.clock(3_725)).isEqualTo("1:02:05");
    }

    @Test
    void theCensusCountsArticleFilesAndNonBlankJsonLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Satu");
        Files.writeString(dir.resolve("b.jsonl"), "{\"body\":\"x\"}\n\n  \n{\"body\":\"y\"}\r\n{\"body\":\"z\"}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.pdf"), "not an article");
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/c.txt"), "hidden");
        assertThat(new InputCensus().count(List.of(dir, dir.resolve("missing.txt")))).isEqualTo(4);
        assertThat(new InputCensus().count(List.of(SharedData.corpus()))).isEqualTo(3_463);
    }

    private void at(long seconds, LoadProgress progress, int loaded) {
        now.set(seconds * 1_000_000_000L);
        progress.committed(loaded);
    }
}
