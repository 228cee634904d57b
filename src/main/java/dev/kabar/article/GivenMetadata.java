package dev.kabar.article;

/** Metadata stated by the source format itself (JSON fields, HTML meta tags); any field may be null. */
public record GivenMetadata(String title, String publisher, String published, String url) {
    public static final GivenMetadata NONE = new GivenMetadata(null, null, null, null);
}
