package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's record of which files each article came from, kept in {@link Vocab#SOURCES_GRAPH}. An article
 * whose last source is dropped is removed with its graph. Every method runs inside the caller's write
 * transaction, so the record and the graphs never disagree.
 */
final class SourceLog {
    private final DatasetGraph dsg;
    private final EntityStats stats;

    SourceLog(DatasetGraph dsg, EntityStats stats) {
        this.dsg = dsg;
        this.stats = stats;
    }

    void record(Node article, String source) {
        dsg.add(Vocab.SOURCES_GRAPH, article, Vocab.LOADED_FROM, NodeFactory.createLiteralString(source));
    }

    /** Drops {@code source} from articles it no longer holds; returns the articles removed as a result. */
    int recheck(String source, Set<Node> current) {
        Node literal = NodeFactory.createLiteralString(source);
        List<Node> stale = new ArrayList<>();
        dsg.find(Vocab.SOURCES_GRAPH, Node.ANY, Vocab.LOADED_FROM, literal).forEachRemaining(q -> {
            if (!current.contains(q.getSubject())) {
                stale.add(q.getSubject());
            }
        });
        int removed = 0;
        for (Node article : stale) {
            dsg.delete(Vocab.SOURCES_GRAPH, article, Vocab.LOADED_FROM, literal);
            removed += removeIfUnsourced(article) ? 1 : 0;
        }
        return removed;
    }

    /**
     * Drops every (article, source) pair the predicate calls stale and removes articles left without a
     * source; returns the articles removed.
     */
    int prune(BiPredicate<Node, String> stale) {
        List<Quad> drop = new ArrayList<>();
        dsg.find(Vocab.SOURCES_GRAPH, Node.ANY, Vocab.LOADED_FROM, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && stale.test(q.getSubject(), q.getObject().getLiteralLexicalForm())) {
                drop.add(q);
            }
        });
        Set<Node> touched = new LinkedHashSet<>();
        for (Quad q : drop) {
            dsg.delete(q);
            touched.add(q.getSubject());
        }
        int removed = 0;
        for (Node article : touched) {
            removed += removeIfUnsourced(article) ? 1 : 0;
        }
        return removed;
    }

    private boolean removeIfUnsourced(Node article) {
        if (dsg.find(Vocab.SOURCES_GRAPH, article, Vocab.LOADED_FROM, Node.ANY).hasNext()) {
            return false;
        }
        stats.removing(article);
        dsg.deleteAny(article, Node.ANY, Node.ANY, Node.ANY);
        return true;
    }
}
