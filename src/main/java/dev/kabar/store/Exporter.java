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

    public void export(KabarStore store, ExportFormat format, OutputStream out) {
        store.read(() -> {
            switch (format) {
                case TURTLE -> streamTriples(store, RDFFormat.TURTLE_BLOCKS, out);
                case TRIG -> streamQuads(store, RDFFormat.TRIG_BLOCKS, out);
                case NQUADS -> streamQuads(store, RDFFormat.NQUADS, out);
                case JSONLD -> RDFDataMgr.write(out, union(store), RDFFormat.JSONLD11);
            }
            return null;
        });
    }

    /** The union of all graphs, each triple once. */
    private static Graph union(KabarStore store) {
        Graph g = store.dataset().getUnionGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        return g;
    }

    private static void streamTriples(KabarStore store, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        Iterator<Triple> it = store.dataset().getUnionGraph().find();
        while (it.hasNext()) {
            stream.triple(it.next());
        }
        stream.finish();
    }

    private static void streamQuads(KabarStore store, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        Iterator<Quad> it = store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        StreamRDFOps.sendQuadsToStream(it, stream);
        stream.finish();
    }
}
