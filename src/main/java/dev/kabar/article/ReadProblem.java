package dev.kabar.article;

/**
 * Something wrong with an input, in words a user can act on: where (a file, or file:line for JSON Lines),
 * what kind of problem (for the end-of-run summary), and why.
 */
public record ReadProblem(String origin, Kind kind, String reason) {

    /** What became of the input. */
    public enum Outcome {
        /** Nothing of it was loaded. */
        SKIPPED,
        /** Its article was loaded, but not all of its text. */
        TRUNCATED,
        /** Loaded in full, or deliberately not an article; worth a line, loses nothing. */
        NOTED
    }

    /** What kind of problem, for the end-of-run summary. */
    public enum Kind {
        MISSING("no such file", Outcome.SKIPPED),
        UNREADABLE("unreadable", Outcome.SKIPPED),
        LINK_LOOP("symbolic link loop", Outcome.SKIPPED),
        EMPTY("empty", Outcome.SKIPPED),
        BINARY("binary, not text", Outcome.SKIPPED),
        BAD_ENCODING("bad encoding", Outcome.SKIPPED),
        TOO_LARGE("too large", Outcome.SKIPPED),
        MALFORMED("malformed JSON", Outcome.SKIPPED),
        NO_TEXT("no article text", Outcome.SKIPPED),
        EXTRACTION_FAILED("extraction failed", Outcome.SKIPPED),
        /** Loaded, but only its first part: the rest of a huge document was cut. */
        TRUNCATED("truncated", Outcome.TRUNCATED),
        /** Loaded in full from a legacy encoding. */
        LEGACY_ENCODING("decoded as Windows-1252", Outcome.NOTED),
        /** A file in a folder whose type is not an article format (an image, a PDF). */
        OTHER_FILE_TYPE("not an article file type", Outcome.NOTED);

        private final String label;
        private final Outcome outcome;

        Kind(String label, Outcome outcome) {
            this.label = label;
            this.outcome = outcome;
        }

        public String label() {
            return label;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    public Outcome outcome() {
        return kind.outcome();
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
