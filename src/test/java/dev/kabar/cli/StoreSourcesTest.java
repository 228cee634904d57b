package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persistent store follows its files: changed articles replace old ones, and --prune drops what is gone. */
class StoreSourcesTest {
    @TempDir
    Path dir;

    @Test
    void pruneRemovesArticlesWhoseFilesOrLinesAreGone() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path store = dir.resolve("store");
        Files.writeString(in.resolve("a.txt"), "Presiden Joko Widodo bertemu dengan Presiden Xi Jinping di Beijing.");
        Files.writeString(in.resolve("b.txt"), "Menteri Retno Marsudi menelepon Menteri Luar Negeri Penny Wong.");
        Files.writeString(in.resolve("copy.txt"), "Menteri Retno Marsudi menelepon Menteri Luar Negeri Penny Wong.");
        Files.writeString(in.resolve("feed.jsonl"), """
                {"id": "f1", "body": "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese."}
                {"id": "f2", "body": "Sekjen PBB Antonio Guterres mengunjungi Jakarta."}
                """);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("c.txt"), "Presiden Emmanuel Macron menerima Presiden Joko Widodo di Paris.");
        assertThat(load(in.toString()).exitCode()).isZero();
        assertThat(load(elsewhere.toString()).exitCode()).isZero();
        assertThat(articles(store)).isEqualTo(5);

        Files.delete(in.resolve("a.txt"));
        Files.delete(in.resolve("b.txt"));
        Files.writeString(in.resolve("feed.jsonl"), """
                {"id": "f1", "body": "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese."}
                """);
        Files.delete(elsewhere.resolve("c.txt"));
        CliRun plain = load(in.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(articles(store)).as("without --prune nothing is removed").isEqualTo(5);

        CliRun pruned = load(in.toString(), "--prune");
        assertThat(pruned.exitCode()).as(pruned.err()).isZero();
        assertThat(pruned.out()).startsWith("loaded 2 articles, removed 2 stale");
        // a.txt and feed line f2 are gone; b.txt's article lives on in copy.txt; c.txt is outside the inputs
        assertThat(people(store)).contains("Penny Wong", "Anthony Albanese", "Emmanuel Macron")
                .doesNotContain("Xi Jinping", "Antonio Guterres");
        assertThat(articles(store)).isEqualTo(3);
    }

    @Test
    void exportsLeaveOutWhereFilesWereLoadedFrom() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Presiden Joko Widodo bertemu dengan Presiden Xi Jinping di Beijing.");
        Path store = dir.resolve("store");
        assertThat(CliRun.of("load", "--store", store.toString(), dir.resolve("a.txt").toString()).exitCode()).isZero();
        for (String format : new String[] {"nquads", "turtle", "trig", "jsonld"}) {
            CliRun export = CliRun.of("export", "--format", format, "--store", store.toString());
            assertThat(export.out()).as(format).contains("Xi Jinping").doesNotContain(dir.toString());
        }
    }

    private CliRun load(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "load";
        all[1] = "--store";
        all[2] = dir.resolve("store").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private static long articles(Path store) {
        return CliRun.of("query", "articles", "--format", "csv", "--store", store.toString()).out().lines().count() - 1;
    }

    private static String people(Path store) {
        return CliRun.of("query", "people", "--format", "csv", "--store", store.toString()).out();
    }
}
