package dev.kabar.article;

/** An input that could not be read as an article: where, and why, in words a user can act on. */
public record ReadProblem(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
