package dev.kabar.extract;

import java.time.temporal.Temporal;
import java.util.List;

/**
 * What an article says about itself.
 *
 * @param published a {@code LocalDate} or an {@code OffsetDateTime}, or null when not stated
 * @param dateline  the city of the dateline, or null
 * @param sources   outlets the article cites as its source
 */
public record ArticleMetadata(String title, Entity publisher, Temporal published, String url, Entity dateline,
                              List<Entity> authors, List<Entity> editors, List<Entity> sources) {
    public ArticleMetadata {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        sources = List.copyOf(sources);
    }
}
