package dev.kabar.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What one write transaction does: article graphs to put (each with the file it came from, when there is one),
 * and files whose earlier articles that were not read again are now stale (a changed single-article file).
 */
public final class LoadBatch {
    /** An article graph and its source file (an absolute path), or a null source for uploads. */
    public record Entry(NamedGraph graph, String source) {
    }

    /** The articles a file holds now; earlier ones recorded from it lose it as a source. */
    public record Recheck(String source, Set<Node> current) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Recheck> rechecks = new ArrayList<>();

    public void add(NamedGraph graph, String source) {
        entries.add(new Entry(graph, source));
    }

    public void recheck(String source, Set<Node> current) {
        rechecks.add(new Recheck(source, Set.copyOf(current)));
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Recheck> rechecks() {
        return rechecks;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty() && rechecks.isEmpty();
    }

    public void clear() {
        entries.clear();
        rechecks.clear();
    }
}
