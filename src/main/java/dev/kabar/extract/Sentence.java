package dev.kabar.extract;

/** A sentence of the article text: [begin, end) offsets, end exclusive, white space trimmed. */
public record Sentence(int begin, int end) {
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
