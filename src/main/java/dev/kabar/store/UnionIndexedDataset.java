package dev.kabar.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphTriplesQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalLock;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The in-memory dataset: one named graph per article, and their union kept as one indexed graph. Jena's own
 * union of a map of graphs asks every named graph for every triple pattern, so with one graph per article a
 * query's cost grew with the number of articles (the statements query took over a minute at 3,463 articles).
 * Here every triple added to a named graph is also added to the union, and a triple held by several graphs is
 * counted, so that replacing one article's graph removes from the union only what no other graph still holds.
 *
 * <p>To fit a large corpus in the heap, the union is the only index of article triples: each article's graph is a
 * plain array ({@link NamedTriples}), and equal terms of different articles are stored once (an entity's IRI, a
 * name, a number). Terms are kept for the dataset's life even when the last triple using them goes, which costs
 * little next to the triples themselves.
 *
 * <p>Writes must go through the dataset ({@code add}, {@code delete}, {@code deleteAny}, {@code addGraph},
 * {@code removeGraph}), as {@link KabarStore} does; the union is read-only. One writer or many readers at a time.
 */
final class UnionIndexedDataset extends DatasetGraphTriplesQuads {
    /** Past this many triples a named graph is indexed: larger than any article, smaller than the statistics. */
    static final int COMPACT_LIMIT = 2048;

    private final int compactLimit;
    private final Map<Node, NamedTriples> graphs = new HashMap<>();
    private final Graph defaultGraph = GraphMemFactory.createDefaultGraphSameTerm();
    private final Graph union = GraphMemFactory.createDefaultGraphSameTerm();
    private final Graph unionView = new GraphReadOnly(union);
    /** For a triple held by n > 1 named graphs: n - 1. Triples of one graph only have no entry. */
    private final Map<Triple, Integer> alsoHeldBy = new HashMap<>();
    /** One instance of each term. */
    private final Map<Node, Node> terms = new HashMap<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final Transactional txn = TransactionalLock.createMRSW();
    /** Graphs added to since the last commit, to be put in subject order before readers come back. */
    private final Set<NamedTriples> written = Collections.newSetFromMap(new IdentityHashMap<>());
    private NamedTriples lastWritten;

    UnionIndexedDataset() {
        this(COMPACT_LIMIT);
    }

    /** With a smaller limit, tests reach the indexed form with a few triples. */
    UnionIndexedDataset(int compactLimit) {
        this.compactLimit = compactLimit;
    }

    @Override
    protected void addToNamedGraph(Node g, Node s, Node p, Node o) {
        String graphIri = g.isURI() ? g.getURI() : null;
        Triple t = Triple.create(term(s, graphIri), term(p, graphIri), term(o, graphIri));
        NamedTriples graph = graphs.get(g);
        if (graph == null) {
            graph = new NamedTriples(compactLimit);
            graphs.put(term(g, null), graph);
        }
        int unionBefore = union.size();
        union.add(t);
        if (union.size() == unionBefore) {
            // another graph, or this one, holds it already
            if (graph.contains(t)) {
                return;
            }
            alsoHeldBy.merge(t, 1, Integer::sum);
        }
        graph.add(t);
        if (graph != lastWritten) {
            written.add(graph);
            lastWritten = graph;
        }
    }

    @Override
    protected void deleteFromNamedGraph(Node g, Node s, Node p, Node o) {
        NamedTriples graph = graphs.get(g);
        if (graph == null) {
            return;
        }
        Triple t = Triple.create(s, p, o);
        if (!graph.remove(t)) {
            return;
        }
        releaseFromUnion(t);
        if (graph.size() == 0) {
            graphs.remove(g);
        }
    }

    private void releaseFromUnion(Triple t) {
        Integer others = alsoHeldBy.get(t);
        if (others == null) {
            union.delete(t);
        } else if (others == 1) {
            alsoHeldBy.remove(t);
        } else {
            alsoHeldBy.put(t, others - 1);
        }
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        boolean wholeGraph = g != null && g.isConcrete() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g)
                && isWildcard(s) && isWildcard(p) && isWildcard(o);
        if (!wholeGraph) {
            super.deleteAny(g, s, p, o);
            return;
        }
        // a whole article at once: one pass over its array rather than a search for each triple
        NamedTriples graph = graphs.remove(g);
        if (graph != null) {
            graph.all().forEachRemaining(this::releaseFromUnion);
        }
    }

    @Override
    protected void addToDftGraph(Node s, Node p, Node o) {
        defaultGraph.add(s, p, o);
    }

    @Override
    protected void deleteFromDftGraph(Node s, Node p, Node o) {
        defaultGraph.delete(s, p, o);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return defaultGraph.find(s, p, o).mapWith(t -> new Quad(Quad.defaultGraphIRI, t));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        NamedTriples graph = graphs.get(g);
        if (graph == null) {
            return Collections.emptyIterator();
        }
        return graph.find(s, p, o).mapWith(t -> new Quad(g, t));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        // a pattern no graph holds is answered by the union alone, without asking every graph
        if (!union.contains(s, p, o)) {
            return Collections.emptyIterator();
        }
        // lazily, graph by graph: a dump of every quad must not be copied whole
        List<Map.Entry<Node, NamedTriples>> snapshot = new ArrayList<>(graphs.entrySet());
        return Iter.flatMap(snapshot.iterator(),
                e -> e.getValue().find(s, p, o).mapWith(t -> new Quad(e.getKey(), t)));
    }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        return union.find(s, p, o);
    }

    @Override
    public Iterator<Quad> findQuadsInUnionGraph(Node s, Node p, Node o) {
        return union.find(s, p, o).mapWith(t -> new Quad(Quad.unionGraph, t));
    }

    @Override
    public Graph getDefaultGraph() {
        return defaultGraph;
    }

    @Override
    public Graph getUnionGraph() {
        return unionView;
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isUnionGraph(graphNode)) {
            return unionView;
        }
        if (Quad.isDefaultGraph(graphNode)) {
            return defaultGraph;
        }
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return true;
        }
        return graphs.containsKey(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return new ArrayList<>(graphs.keySet()).iterator();
    }

    @Override
    public long size() {
        return graphs.size();
    }

    @Override
    public void clear() {
        graphs.clear();
        union.clear();
        alsoHeldBy.clear();
        terms.clear();
        defaultGraph.clear();
        written.clear();
        lastWritten = null;
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    /**
     * The one instance of a term. An IRI minted under the graph's own name (an article's mentions, sentences and
     * statements) belongs to that graph alone and is passed through: interning it would keep an entry per mention
     * and save nothing.
     */
    private Node term(Node n, String graphIri) {
        if (graphIri != null && n.isURI() && mintedUnder(n.getURI(), graphIri)) {
            return n;
        }
        Node kept = terms.putIfAbsent(n, n);
        return kept == null ? n : kept;
    }

    /** Whether an IRI starts with the graph's IRI and a slash (tested in place: this runs for every term added). */
    private static boolean mintedUnder(String iri, String graphIri) {
        int n = graphIri.length();
        return iri.length() > n && iri.charAt(n) == '/' && iri.startsWith(graphIri);
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        txn.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        txn.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return txn.promote(mode);
    }

    @Override
    public void commit() {
        sealWritten();
        txn.commit();
    }

    private void sealWritten() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            written.forEach(NamedTriples::seal);
            written.clear();
            lastWritten = null;
        }
    }

    @Override
    public void abort() {
        // writes are not undone here (no abort support): the graphs they changed are ordered all the same
        sealWritten();
        txn.abort();
    }

    @Override
    public void end() {
        txn.end();
    }

    @Override
    public boolean isInTransaction() {
        return txn.isInTransaction();
    }

    @Override
    public ReadWrite transactionMode() {
        return txn.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return txn.transactionType();
    }
}
