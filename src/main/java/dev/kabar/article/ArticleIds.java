package dev.kabar.article;

import java.util.regex.Pattern;

/** Derives the stable identifiers that make loading idempotent. */
public final class ArticleIds {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private ArticleIds() {
    }

    /**
     * The identifier of an article: a source id when it is safe to put in an IRI, else a hash of the
     * source id or URL, else a hash of the normalised text (so line endings do not create a new article).
     */
    public static String of(String sourceId, String url, String text) {
        if (sourceId != null && !sourceId.isBlank()) {
            String trimmed = sourceId.strip();
            return SAFE_ID.matcher(trimmed).matches() ? trimmed : "h" + sha256(trimmed).substring(0, 16);
        }
        if (url != null && !url.isBlank()) {
            return "u" + sha256(url.strip()).substring(0, 16);
        }
        return "c" + sha256(normalise(text)).substring(0, 16);
    }

    /** Hex SHA-256 of the normalised text; stored with the article to detect changed content. */
    public static String contentHash(String text) {
        return sha256(normalise(text));
    }

    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String sha256(String s) {
        return Sha256.hex(s, 64);
    }
}
