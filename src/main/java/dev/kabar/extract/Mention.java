package dev.kabar.extract;

/** One place in the text that names an entity: [begin, end) offsets into the article text. */
public record Mention(int begin, int end, String surface, Entity entity) {
}
