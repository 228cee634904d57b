package dev.kabar.article;

import java.nio.file.Path;

/** Receives what readers produce: good articles, and one problem per input that could not be read. */
public interface ArticleSink {
    void article(Article article);

    /** An input (a file, or one JSON line) that gave no article. */
    void problem(ReadProblem problem);

    /** An article that was read, but with a caveat (truncated, decoded from a legacy encoding). */
    default void warning(ReadProblem warning) {
        problem(warning);
    }

    /** A file is about to be read; the articles and problems that follow, until {@link #fileEnd}, come from it. */
    default void fileStart(Path file) {
    }

    /** A file has been read; {@code complete} is false when some of it could not be read. */
    default void fileEnd(Path file, boolean complete) {
    }
}
