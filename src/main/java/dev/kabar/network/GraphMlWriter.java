package dev.kabar.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link Network} as GraphML for yEd, Gephi and Cytoscape: typed {@code <key>} declarations, one
 * {@code <node>} per actor, one undirected {@code <edge>} per pair and kind of contact. GraphML node ids must be
 * XML name tokens, which IRIs are not, so nodes are numbered ({@code n0}, {@code n1}, ... in the network's order)
 * and the IRI is the {@code iri} attribute.
 */
public final class GraphMlWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** A data key: its id doubles as its attr.name, the column name tools show. */
    private record Key<T>(String id, String type, Function<T, Object> value) {
    }

    // Gephi takes "label" as the node's label and "weight" as the edge's weight; Cytoscape labels nodes by "name".
    private static final List<Key<NetworkNode>> NODE_KEYS = List.of(
            new Key<>("label", "string", NetworkNode::name),
            new Key<>("name", "string", NetworkNode::name),
            new Key<>("type", "string", NetworkNode::type),
            new Key<>("wikidata", "string", NetworkNode::wikidata),
            new Key<>("articles", "int", NetworkNode::articles),
            new Key<>("iri", "string", NetworkNode::iri));
    private static final List<Key<NetworkEdge>> EDGE_KEYS = List.of(
            new Key<>("kind", "string", NetworkEdge::kind),
            new Key<>("weight", "int", NetworkEdge::sources),
            new Key<>("events", "int", NetworkEdge::events),
            new Key<>("firstDate", "string", NetworkEdge::firstDate),
            new Key<>("lastDate", "string", NetworkEdge::lastDate));

    /** Writes the document in UTF-8; the stream is flushed, not closed. */
    public void write(Network network, OutputStream out) throws IOException {
        try (XmlOut xml = new XmlOut(out)) {
            xml.root("graphml", NAMESPACE).namespace("xsi", XSI).attribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
            declare(xml, "node", NODE_KEYS);
            declare(xml, "edge", EDGE_KEYS);
            xml.start("graph").attribute("id", "contacts").attribute("edgedefault", "undirected");
            Map<String, String> ids = new HashMap<>();
            for (NetworkNode n : network.nodes()) {
                String id = "n" + ids.size();
                ids.put(n.iri(), id);
                xml.start("node").attribute("id", id);
                data(xml, NODE_KEYS, n);
                xml.end();
            }
            int edgeNumber = 0;
            for (NetworkEdge e : network.edges()) {
                xml.start("edge").attribute("id", "e" + edgeNumber++).attribute("source", ids.get(e.source()))
                        .attribute("target", ids.get(e.target())).attribute("directed", "false");
                data(xml, EDGE_KEYS, e);
                xml.end();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static <T> void declare(XmlOut xml, String target, List<Key<T>> keys) throws XMLStreamException {
        for (Key<T> k : keys) {
            xml.empty("key").attribute("id", k.id()).attribute("for", target).attribute("attr.name", k.id())
                    .attribute("attr.type", k.type());
        }
    }

    /** One {@code <data>} per known value; an unknown one is left out, as GraphML means it. */
    private static <T> void data(XmlOut xml, List<Key<T>> keys, T item) throws XMLStreamException {
        for (Key<T> k : keys) {
            Object value = k.value().apply(item);
            if (value != null) {
                xml.start("data").attribute("key", k.id()).endWithText(value.toString());
            }
        }
    }
}
