package dev.kabar.article;

import java.util.Objects;

/**
 * One news article as read from a source, before any extraction.
 *
 * @param id     stable identifier (from the source's id or URL, else from the content)
 * @param origin where it came from, for messages: a file path, or path:line for JSON Lines
 * @param text   the article text; every offset Kabar records points into this string
 * @param given  metadata the source states outside the text (JSON fields, HTML meta)
 */
public record Article(String id, String origin, String text, GivenMetadata given) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        given = given == null ? GivenMetadata.NONE : given;
    }
}
