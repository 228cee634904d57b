package dev.kabar.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: title and publication metadata from the head, article text from the body with block
 * elements turned into line breaks so that paragraphs and sentences survive.
 */
public final class HtmlArticleReader {

    public Article read(String origin, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, svg, iframe, nav, header > nav, form").remove();
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        String publisher = meta(doc, "og:site_name");
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "date"));
        String url = firstNonBlank(meta(doc, "og:url"), canonical(doc));
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        String text = root == null ? "" : BlockText.of(root);
        return new Article(ArticleIds.of(null, url, text), origin, text,
                new GivenMetadata(blankToNull(title), blankToNull(publisher), blankToNull(published), blankToNull(url)));
    }

    private static String meta(Document doc, String name) {
        Elements els = doc.select("meta[property=" + name + "], meta[name=" + name + "]");
        for (Element e : els) {
            String content = e.attr("content");
            if (!content.isBlank()) {
                return content.strip();
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
