package dev.kabar.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The triples of one named graph of the in-memory store. An article's graph (a few hundred triples) is a plain
 * array, put in subject order when its writes are done ({@link #seal()}), so that a find by subject halves to
 * that subject's triples and any other find scans the array: its own three hash indexes would cost more heap than
 * its triples. A graph that grows past {@code compactLimit} triples (the statistics, the knowledge base) moves
 * into an indexed in-memory graph.
 */
final class NamedTriples {
    private static final Comparator<Triple> BY_SUBJECT = Comparator.comparingInt(t -> t.getSubject().hashCode());

    private final int compactLimit;
    private Triple[] array = new Triple[8];
    private int size;
    /** Whether the array is ordered by the subjects' hash codes, so that a subject's triples are found by halving. */
    private boolean bySubject = true;
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
        bySubject = size == 1;
    }

    /**
     * Orders the array by subject, once its writes are done: queries ask an article's graph mostly for the triples
     * of one subject (a sentence's offsets, a statement's speaker), and a scan of every triple for each was most
     * of their time. Called by the writer only, so readers never see the array move.
     */
    void seal() {
        if (indexed == null && !bySubject) {
            Arrays.sort(array, 0, size, BY_SUBJECT);
            bySubject = true;
        }
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
        Node sb = bound(s);
        Node pb = bound(p);
        Node ob = bound(o);
        // hash codes before equality: an article's own IRIs share a long prefix, so comparing two of them
        // character by character is slow
        int sh = sb == null ? 0 : sb.hashCode();
        int oh = ob == null ? 0 : ob.hashCode();
        int from = 0;
        int to = size;
        if (sb != null && bySubject) {
            from = firstWithSubjectHash(sh);
            to = from;
            while (to < size && array[to].getSubject().hashCode() == sh) {
                to++;
            }
        }
        // a snapshot, so that a caller may delete what it finds while iterating
        List<Triple> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Triple t = array[i];
            if ((sb == null || (t.getSubject().hashCode() == sh && sb.equals(t.getSubject())))
                    && (pb == null || pb.equals(t.getPredicate()))
                    && (ob == null || (t.getObject().hashCode() == oh && ob.equals(t.getObject())))) {
                found.add(t);
            }
        }
        return WrappedIterator.create(found.iterator());
    }

    /** Every triple, for removing the whole graph. */
    Iterator<Triple> all() {
        return find(Node.ANY, Node.ANY, Node.ANY);
    }

    private int firstWithSubjectHash(int hash) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid].getSubject().hashCode() < hash) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A pattern's term, or null where it matches anything (ANY, a variable); terms compare as terms. */
    private static Node bound(Node pattern) {
        return pattern == null || !pattern.isConcrete() ? null : pattern;
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
