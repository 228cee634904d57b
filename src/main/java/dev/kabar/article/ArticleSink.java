package dev.kabar.article;

/** Receives what readers produce: good articles, and one problem per input that could not be read. */
public interface ArticleSink {
    void article(Article article);

    void problem(ReadProblem problem);
}
