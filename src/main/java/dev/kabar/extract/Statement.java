package dev.kabar.extract;

import java.util.List;

/**
 * Something an actor said, as one article reports it.
 *
 * @param cue         the attribution word as written (kata, ujar, mengatakan ...), or null
 * @param speakerRole the speaker's role as the article states it, or null
 * @param mentions    entities named inside the statement text
 */
public record Statement(Entity speaker, String text, SpeechMode mode, String cue, String speakerRole,
                        List<Entity> mentions, Span evidence) {
    public Statement {
        mentions = List.copyOf(mentions);
    }
}
