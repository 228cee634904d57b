package dev.kabar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared, read-only data beside the repository (../shared): seeds, gold, corpus. */
public final class SharedData {
    public static final Path ROOT = Path.of("..", "shared");

    private SharedData() {
    }

    public static Path seeds() {
        return existing(ROOT.resolve("seeds"));
    }

    public static Path devGold() {
        return existing(ROOT.resolve("eval").resolve("dev"));
    }

    public static Path corpus() {
        return existing(ROOT.resolve("corpus").resolve("indosum-3463.jsonl"));
    }

    private static Path existing(Path p) {
        assertThat(p).as("shared data (the tests read ../shared beside the repository)").exists();
        return p;
    }
}
