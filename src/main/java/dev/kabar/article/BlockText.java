package dev.kabar.article;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML element with one line per block element (paragraph, heading, list item). */
final class BlockText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
            "tr", "blockquote", "section", "article", "figcaption", "figure", "ul", "ol", "table", "pre", "hr",
            "header", "footer", "aside", "main", "dd", "dt");

    private final StringBuilder out = new StringBuilder();

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText().replace('\n', ' '));
        } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
            breakLine();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
            breakLine();
        }
    }

    private void breakLine() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
