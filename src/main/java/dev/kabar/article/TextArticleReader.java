package dev.kabar.article;

/** Plain-text articles: the whole file is the article text. */
public final class TextArticleReader {

    public Article read(String origin, String text) {
        return new Article(ArticleIds.of(null, null, text), origin, text, GivenMetadata.NONE);
    }
}
