package dev.kabar.eval;

/**
 * One thing to fix, for --verbose: a false positive, a false negative, a duplicate, a leak, a wrong kind or
 * date, a metadata mismatch.
 *
 * @param section people, organizations, countries, contacts, statements, boilerplate or metadata
 * @param issue   FP, FN, duplicate, leak, kind, date, or the metadata field name
 * @param detail  what was reported and/or expected, in words
 */
public record Finding(String section, String issue, String detail) {
}
