package dev.kabar.query;

/** A canned query called with a missing, unknown or unusable parameter: the caller's mistake, not a failure. */
public final class QueryParameterException extends RuntimeException {
    public QueryParameterException(String message) {
        super(message);
    }
}
