package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Where the graphs live: in memory (default) or a persistent TDB2 folder. Graphs are replaced whole, so
 * loading an article again never duplicates it. {@link #queryView()} is the dataset queries and the server
 * see: its default graph is the union of all graphs.
 */
public final class KabarStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final DatasetGraph queryView;
    private final boolean persistent;

    private KabarStore(DatasetGraph dsg, DatasetGraph queryView, boolean persistent) {
        this.dsg = dsg;
        this.queryView = queryView;
        this.persistent = persistent;
        registerListings(queryView.getContext());
    }

    /**
     * The store's ordered listings as property functions, for this dataset only (Jena's global registry is left
     * alone): kabar:newestFirst, kabar:statementsNewestFirst, kabar:newestMentioning and kabar:newestReporting walk
     * the articles by day, kabar:mostMentioned the entities by count, both kept in the statistics graph;
     * kabar:timelineOf puts an actor's contact reports and statements in date order, kabar:mostReported the
     * network's edges by their number of sources, kabar:statementsAbout an entity's statements by speaker and
     * kabar:statementsBy a speaker's statements newest first.
     */
    private static void registerListings(Context context) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(Vocab.NEWEST_FIRST.getURI(), uri -> new NewestArticles());
        registry.put(Vocab.STATEMENTS_NEWEST_FIRST.getURI(), uri -> new NewestStatements());
        registry.put(Vocab.NEWEST_MENTIONING.getURI(), uri -> new NewestMentioning(false));
        registry.put(Vocab.NEWEST_REPORTING.getURI(), uri -> new NewestMentioning(true));
        registry.put(Vocab.MOST_MENTIONED.getURI(), uri -> new MostMentioned());
        registry.put(Vocab.TIMELINE_OF.getURI(), uri -> new ActorTimeline());
        registry.put(Vocab.MOST_REPORTED.getURI(), uri -> new MostReportedEdges());
        registry.put(Vocab.STATEMENTS_ABOUT.getURI(), uri -> new StatementsAbout());
        registry.put(Vocab.STATEMENTS_BY.getURI(), uri -> new StatementsBy());
        PropertyFunctionRegistry.set(context, registry);
    }

    /**
     * In memory. The plain map of graphs (with its union kept indexed) rather than the transactional in-memory
     * dataset: it loads several times faster in less memory (measured in DESIGN.md), and Kabar writes from one
     * thread.
     */
    public static KabarStore inMemory() {
        return inMemory(false);
    }

    /**
     * In memory; {@code transactional} for Jena's transactional in-memory dataset (kept for {@code kabar bench}
     * to compare: readers never wait for a writer there, but it loads slower in about 2.5 times the heap and
     * answers union queries slower). The plain one locks: one writer or many readers at a time.
     */
    public static KabarStore inMemory(boolean transactional) {
        DatasetGraph dsg = transactional ? DatasetGraphFactory.createTxnMem() : new UnionIndexedDataset();
        Txn.executeWrite(dsg, () -> new EntityStats(dsg).rebuild());
        return new KabarStore(dsg, new UnionDefaultGraphView(dsg), false);
    }

    /** A TDB2 database in this folder, created if missing; its default graph is the union of named graphs. */
    public static KabarStore tdb2(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        // a store made before the statistics is counted once, on opening
        if (!Txn.calculateRead(dsg, () -> new EntityStats(dsg).kept())) {
            Txn.executeWrite(dsg, () -> new EntityStats(dsg).rebuild());
        }
        return new KabarStore(dsg, dsg, true);
    }

    public boolean isPersistent() {
        return persistent;
    }

    /** The dataset for SPARQL: read it only. */
    public DatasetGraph queryView() {
        return queryView;
    }

    /** Replaces the named graphs given, in one write transaction. */
    public void replaceGraphs(List<NamedGraph> graphs) {
        Txn.executeWrite(dsg, () -> {
            EntityStats stats = new EntityStats(dsg);
            graphs.forEach(g -> replace(g, stats));
            stats.flush();
        });
    }

    /**
     * Applies a batch in one write transaction: a crash leaves the store as it was before the batch or after
     * it, never half-way. Returns the number of stale articles removed.
     */
    public int apply(LoadBatch batch) {
        return Txn.calculateWrite(dsg, () -> {
            EntityStats stats = new EntityStats(dsg);
            SourceLog log = new SourceLog(dsg, stats);
            for (LoadBatch.Entry e : batch.entries()) {
                replace(e.graph(), stats);
                if (e.source() != null) {
                    log.record(e.graph().name(), e.source());
                }
            }
            int removed = 0;
            for (LoadBatch.Recheck r : batch.rechecks()) {
                removed += log.recheck(r.source(), r.current());
            }
            stats.flush();
            return removed;
        });
    }

    /**
     * Removes (article, source) records the predicate calls stale, and the articles left without any source,
     * in one write transaction; returns the number of articles removed.
     */
    public int prune(java.util.function.BiPredicate<Node, String> stale) {
        return Txn.calculateWrite(dsg, () -> {
            EntityStats stats = new EntityStats(dsg);
            int removed = new SourceLog(dsg, stats).prune(stale);
            stats.flush();
            return removed;
        });
    }

    private void replace(NamedGraph ng, EntityStats stats) {
        stats.removing(ng.name());
        dsg.deleteAny(ng.name(), Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> it = ng.graph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            dsg.add(ng.name(), t.getSubject(), t.getPredicate(), t.getObject());
        }
        stats.added(ng.name(), ng.graph());
    }

    /** The names of all graphs, sorted. */
    public List<Node> graphNames() {
        return read(() -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            return names;
        });
    }

    /** A copy of one named graph (for validation and fixtures). */
    public Graph copyOf(Node graphName) {
        return read(() -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(graphName).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return read(() -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a read in a transaction, as TDB2 requires; the in-memory dataset accepts the same calls. */
    public <T> T read(Supplier<T> action) {
        if (dsg.isInTransaction()) {
            return action.get();
        }
        return Txn.calc(dsg, TxnType.READ, action);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    @Override
    public void close() {
        if (persistent) {
            dsg.close();
        }
    }
}
