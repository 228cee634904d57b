package dev.kabar.store;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The triples of one named graph of the in-memory store. An article's graph (a few hundred triples) is a plain
 * array searched from end to end: its own three hash indexes cost more heap than its triples, and queries reach
 * an article's graph through the union's indexes anyway. A graph that grows past {@code compactLimit} triples
 * (the statistics, the knowledge base) moves into an indexed in-memory graph.
 */
final class NamedTriples {
    private final int compactLimit;
    private Triple[] array = new Triple[8];
    private int size;
    private Graph indexed;

    NamedTriples(int compactLimit) {
        this.compactLimit = compactLimit;
    }

    int size() {
        return indexed == null ? size : indexed.size();
    }

    boolean contains(Triple t) {
        if (indexed != null) {
            return indexed.contains(t);
        }
        return indexOf(t) >= 0;
    }

    /** Adds a triple the graph does not hold yet (the caller checks). */
    void add(Triple t) {
        if (indexed != null) {
            indexed.add(t);
            return;
        }
        if (size == compactLimit) {
            indexed = GraphMemFactory.createDefaultGraphSameTerm();
            for (int i = 0; i < size; i++) {
                indexed.add(array[i]);
            }
            array = null;
            indexed.add(t);
            return;
        }
        if (size == array.length) {
            array = Arrays.copyOf(array, Math.min(compactLimit, size + (size >> 1)));
        }
        array[size++] = t;
    }

    /** Removes a triple; false if the graph did not hold it. The order of the others is kept. */
    boolean remove(Triple t) {
        if (indexed != null) {
            if (!indexed.contains(t)) {
                return false;
            }
            indexed.delete(t);
            return true;
        }
        int i = indexOf(t);
        if (i < 0) {
            return false;
        }
        System.arraycopy(array, i + 1, array, i, size - i - 1);
        array[--size] = null;
        return true;
    }

    /** The triples matching a pattern ({@code Node.ANY} or null matches anything). */
    ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (indexed != null) {
            return indexed.find(s, p, o);
        }
        // a snapshot, so that a caller may delete what it finds while iterating
        Triple[] found = new Triple[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            Triple t = array[i];
            if (matches(s, t.getSubject()) && matches(p, t.getPredicate()) && matches(o, t.getObject())) {
                found[n++] = t;
            }
        }
        return WrappedIterator.create(Arrays.asList(found).subList(0, n).iterator());
    }

    /** Every triple, for removing the whole graph. */
    Iterator<Triple> all() {
        return find(Node.ANY, Node.ANY, Node.ANY);
    }

    /** Term equality, as the indexed graph matches; a variable or ANY matches anything. */
    private static boolean matches(Node pattern, Node node) {
        return pattern == null || !pattern.isConcrete() || pattern.equals(node);
    }

    private int indexOf(Triple t) {
        for (int i = 0; i < size; i++) {
            if (array[i].equals(t)) {
                return i;
            }
        }
        return -1;
    }
}
