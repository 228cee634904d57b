package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;

/**
 * The loaded articles by day of publication, in {@link Vocab#STATS_GRAPH}: one node per day
 * ({@code stats kabar:publicationDay day}) and one triple per article ({@code day kabar:dayArticle article}), with
 * undated articles under a day of their own. Listing the newest articles first then reads the few day nodes and
 * only the days it needs, instead of sorting every article of the corpus for each page.
 */
final class ArticleDays {
    private static final String DAY_PREFIX = Vocab.ID + "graph/stats/day/";
    private static final Node UNDATED = NodeFactory.createURI(DAY_PREFIX + "undated");
    /** Days by their IRIs: latest first, the undated ones last. */
    private static final Comparator<String> DAY_ORDER = Comparator.comparing((String d) -> d.equals(UNDATED.getURI()))
            .thenComparing(Comparator.reverseOrder());
    /**
     * Up to this many articles naming an entity are sorted whole (one date lookup each, some milliseconds); past it,
     * walking the days newest first reaches a page sooner.
     */
    private static final long SORT_AT_MOST = 10_000;

    private final DatasetGraph dsg;

    ArticleDays(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** An article graph is about to go: it leaves its day (read from its graph, still there). */
    void removing(Node article) {
        Node day = dayOfArticle(article);
        dsg.delete(Vocab.STATS_GRAPH, day, Vocab.DAY_ARTICLE, article);
        if (!dsg.find(Vocab.STATS_GRAPH, day, Vocab.DAY_ARTICLE, Node.ANY).hasNext()) {
            dsg.delete(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.PUBLICATION_DAY, day);
        }
    }

    /** An article graph was added: it joins its day. */
    void added(Node article) {
        if (!dsg.contains(article, article, RDF.type.asNode(), Vocab.NEWS_ARTICLE)) {
            return;
        }
        Node day = dayOfArticle(article);
        dsg.add(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.PUBLICATION_DAY, day);
        dsg.add(Vocab.STATS_GRAPH, day, Vocab.DAY_ARTICLE, article);
    }

    /** Whether the article is filed under a day (a loaded news article). */
    boolean contains(Node article) {
        return dsg.contains(Vocab.STATS_GRAPH, Node.ANY, Vocab.DAY_ARTICLE, article);
    }

    /** The article's publication date, or null. */
    Node published(Node article) {
        Iterator<Quad> it = dsg.find(article, article, Vocab.DATE_PUBLISHED, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private Node dayOfArticle(Node article) {
        return dayOf(published(article));
    }

    private static Node dayOf(Node published) {
        if (published == null || !published.isLiteral() || published.getLiteralLexicalForm().length() < 10) {
            return UNDATED;
        }
        // the day as the article writes it: a local date, or the date part of a local date-time
        return NodeFactory.createURI(DAY_PREFIX + published.getLiteralLexicalForm().substring(0, 10));
    }

    /**
     * Every article, newest first: days in descending order, within a day by publication time (latest first;
     * date-only after timed ones) and then by IRI; undated articles last. Lazy: a page reads only its days.
     */
    Iterator<Node> newestFirst() {
        List<Node> days = new ArrayList<>();
        dsg.find(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.PUBLICATION_DAY, Node.ANY)
                .forEachRemaining(q -> days.add(q.getObject()));
        days.sort(Comparator.comparing(Node::getURI, DAY_ORDER));
        return Iter.flatMap(days.iterator(), day -> articlesOf(day).iterator());
    }

    /** As {@link #newestFirst()} when {@code article} is a variable; else just that article, if it is filed. */
    Iterator<Node> newestFirst(Node article) {
        if (article.isVariable()) {
            return newestFirst();
        }
        return contains(article) ? Iter.singletonIterator(article) : Iter.nullIterator();
    }

    private List<Node> articlesOf(Node day) {
        List<Node> list = new ArrayList<>();
        dsg.find(Vocab.STATS_GRAPH, day, Vocab.DAY_ARTICLE, Node.ANY).forEachRemaining(q -> list.add(q.getObject()));
        return sorted(list);
    }

    /**
     * The articles that mention an entity, newest first as {@link #newestFirst()} orders them. An entity named in
     * few articles has them looked up and sorted; one named in very many has the days walked newest first and
     * their articles checked, so a page costs about its own length over the share of articles naming it.
     */
    Iterator<Node> newestMentioning(Node entity) {
        return newestMentioning(entity, SORT_AT_MOST);
    }

    /** As {@link #newestMentioning(Node)}, walking the days when more than {@code sortAtMost} articles name it. */
    Iterator<Node> newestMentioning(Node entity, long sortAtMost) {
        Iterator<Quad> count = dsg.find(Vocab.STATS_GRAPH, entity, Vocab.ARTICLE_COUNT, Node.ANY);
        long n = count.hasNext() ? ((Number) count.next().getObject().getLiteralValue()).longValue() : 0;
        if (n > sortAtMost) {
            return Iter.filter(newestFirst(), article -> dsg.contains(article, article, Vocab.MENTIONS, entity));
        }
        List<Node> articles = new ArrayList<>();
        dsg.getUnionGraph().find(Node.ANY, Vocab.MENTIONS, entity).forEachRemaining(t -> {
            if (contains(t.getSubject())) {
                articles.add(t.getSubject());
            }
        });
        return sorted(articles).iterator();
    }

    /** Articles in the order of {@link #newestFirst()}: day (undated last), time within the day, IRI. */
    List<Node> sorted(List<Node> articles) {
        List<Dated> list = new ArrayList<>(articles.size());
        for (Node a : articles) {
            Node published = published(a);
            list.add(new Dated(a, dayOf(published).getURI(), published, valueOf(published)));
        }
        list.sort(Comparator.comparing(Dated::day, DAY_ORDER)
                .thenComparing(ArticleDays::laterFirst)
                .thenComparing(d -> d.article().getURI()));
        return list.stream().map(Dated::article).toList();
    }

    /** An article with what it is sorted by, its date's value worked out once rather than at each comparison. */
    private record Dated(Node article, String day, Node published, NodeValue value) {
    }

    private static NodeValue valueOf(Node published) {
        if (published == null) {
            return null;
        }
        try {
            return NodeValue.makeNode(published);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Later times first; date-only values (no time) after timed ones; values that do not compare, by text. */
    private static int laterFirst(Dated x, Dated y) {
        Node a = x.published();
        Node b = y.published();
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        boolean aTimed = a.getLiteralLexicalForm().length() > 10;
        boolean bTimed = b.getLiteralLexicalForm().length() > 10;
        if (aTimed != bTimed) {
            return aTimed ? -1 : 1;
        }
        try {
            if (x.value() != null && y.value() != null) {
                return -NodeValue.compare(x.value(), y.value());
            }
        } catch (RuntimeException e) {
            // falls through to the text
        }
        return -a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
    }
}
