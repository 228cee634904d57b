package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the store as RDF. Turtle, TriG and N-Quads are streamed (memory does not grow with the store);
 * JSON-LD is written by Jena's JSON-LD writer, which needs the whole union graph in memory.
 */
public final class Exporter {
    /** The store's own bookkeeping (sources, statistics): not facts to hand on. */
    private static final java.util.Set<Node> BOOKKEEPING =
            java.util.Set.of(Vocab.LOADED_FROM, Vocab.ARTICLE_COUNT, Vocab.STATS_VERSION, Vocab.PUBLICATION_DAY,
                    Vocab.DAY_ARTICLE, Vocab.NAME_KEY, Vocab.REPORT_COUNT, Vocab.COUNT_VALUE, Vocab.EDGE_FROM, Vocab.EDGE_TO,
                    Vocab.SOURCE_COUNT, Vocab.EVENT_COUNT, Vocab.FIRST_DATE, Vocab.LAST_DATE, Vocab.INITIATOR_KEPT);

    public void export(KabarStore store, ExportFormat format, OutputStream out) {
        store.read(() -> {
            switch (format) {
                case TURTLE -> streamTriples(store, RDFFormat.TURTLE_BLOCKS, out);
                case TRIG -> streamQuads(store, RDFFormat.TRIG_BLOCKS, out);
                case NQUADS -> streamQuads(store, RDFFormat.NQUADS, out);
                case JSONLD -> RDFDataMgr.write(out, union(store), RDFFormat.JSONLD11);
                case GRAPHML, GEXF, CSV -> throw new IllegalArgumentException(
                        format + " is not RDF: the network writers in dev.kabar.network write it");
            }
            return null;
        });
    }

    /** The union of all graphs but the store's bookkeeping, each triple once. */
    private static Graph union(KabarStore store) {
        java.util.List<Node> names = new java.util.ArrayList<>(store.graphNames());
        names.remove(Vocab.SOURCES_GRAPH);
        names.remove(Vocab.STATS_GRAPH);
        Graph g = new org.apache.jena.sparql.graph.GraphUnionRead(store.dataset(), names);
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        return g;
    }

    private static void streamTriples(KabarStore store, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        Iterator<Triple> it = store.dataset().getUnionGraph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            // the network's edges are the statistics' nodes (their kabar:kind is no article's statement)
            if (!BOOKKEEPING.contains(t.getPredicate()) && !NetworkEdges.isEdge(t.getSubject())) {
                stream.triple(t);
            }
        }
        stream.finish();
    }

    private static void streamQuads(KabarStore store, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        // the sources graph is the store's bookkeeping (local file paths), not data to hand on
        Iterator<Quad> it = org.apache.jena.atlas.iterator.Iter.filter(
                store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                q -> !q.getGraph().equals(Vocab.SOURCES_GRAPH) && !q.getGraph().equals(Vocab.STATS_GRAPH));
        StreamRDFOps.sendQuadsToStream(it, stream);
        stream.finish();
    }
}
