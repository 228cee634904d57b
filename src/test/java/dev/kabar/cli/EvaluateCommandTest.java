package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar evaluate}: usage errors and gold files that cannot be scored. */
class EvaluateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingGoldFolderIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("evaluate", tmp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString().startsWith("kabar: ").contains("nope");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderWithoutGoldFilesIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "no gold here");
        CliRun run = CliRun.of("evaluate", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("no gold files");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("a.json"), "{}");
        CliRun run = CliRun.of("evaluate", tmp.toString(), "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("unknown format 'csv'");
    }

    @Test
    void aBrokenGoldFileOrAMissingArticleIsNamedAndSkippedAndTheRestIsScored() throws IOException {
        Files.writeString(tmp.resolve("a-broken.json"), "{\"article\": ");
        Files.writeString(tmp.resolve("b-no-article.json"), "{\"article\": \"missing.txt\"}");
        Files.writeString(tmp.resolve("c-good.json"), """
                {"article": "c.txt", "metadata": {"title": null, "publisher": null, "published": null},
                 "people": [["Vladimir Putin", "Putin"]]}
                """);
        Files.writeString(tmp.resolve("c.txt"), "Presiden Rusia Vladimir Putin berbicara di Moskow pada hari Senin.\n");

        CliRun run = CliRun.of("evaluate", tmp.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("a-broken.json").contains("b-no-article.json").contains("missing.txt");
        assertThat(run.out()).contains("articles: 1").containsPattern("people\\s+1\\s+0\\s+0\\s+1\\.000");
    }

    @Test
    void articlesDefaultToTheGoldFolderAndJsonCarriesTheFindingsWithVerbose() throws IOException {
        Files.writeString(tmp.resolve("g.json"), """
                {"article": "c.txt", "people": [["Mikhail Bogdanov"]]}
                """);
        Files.writeString(tmp.resolve("c.txt"), "Presiden Rusia Vladimir Putin berbicara di Moskow pada hari Senin.\n");

        CliRun run = CliRun.of("evaluate", tmp.toString(), "--format", "json", "--verbose");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"findings\"").contains("Mikhail Bogdanov").contains("\"precision\" : null");
    }

    @Test
    void theDevelopmentSetIsScoredWithoutErrors() {
        CliRun run = CliRun.of("evaluate", SharedData.devGold().toString(), "--articles", SharedData.seeds().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles: 5").contains("metadata: ").contains("boilerplate leaks: ");
    }
}
