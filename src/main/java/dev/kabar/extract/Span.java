package dev.kabar.extract;

/** A stretch of an article's text: [begin, end) offsets and the text itself. */
public record Span(int begin, int end, String text) {
    public Span {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    public static Span of(String articleText, int begin, int end) {
        return new Span(begin, end, articleText.substring(begin, end));
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
