package dev.kabar.pipeline;

import dev.kabar.article.ReadProblem;

/** Told what a load is doing as it happens: each problem, and each batch written. */
@FunctionalInterface
public interface LoadListener {
    void problem(ReadProblem problem);

    /** A batch was committed; {@code loaded} articles so far. */
    default void committed(int loaded) {
    }
}
