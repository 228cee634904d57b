package dev.kabar.network;

import static dev.kabar.network.SampleNetwork.ABBAS;
import static dev.kabar.network.SampleNetwork.KOPI;
import static dev.kabar.network.SampleNetwork.OBRIEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.support.ReimportedGraph;
import dev.kabar.support.XmlSchemas;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class GraphMlWriterTest {

    @Test
    void isValidAgainstTheGraphMlSchema() throws Exception {
        XmlSchemas.validate(graphMl(SampleNetwork.tricky()), XmlSchemas.GRAPHML);
        XmlSchemas.validate(graphMl(new Network(List.of(), List.of())), XmlSchemas.GRAPHML);
    }

    @Test
    void theSchemaCheckRejectsABrokenDocument() {
        // an edge without its source is not GraphML: the check above can fail
        String broken = graphMl(SampleNetwork.tricky()).replaceFirst(" source=\"n\\d+\"", "");
        assertThatThrownBy(() -> XmlSchemas.validate(broken, XmlSchemas.GRAPHML)).isInstanceOf(SAXException.class)
                .hasMessageContaining("source");
    }

    @Test
    void namesWithMarkupAndOtherScriptsSurviveExactly() throws Exception {
        Document doc = XmlSchemas.parse(graphMl(SampleNetwork.tricky()));
        Map<String, String> labelByIri = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> data = data((Element) nodes.item(i));
            labelByIri.put(data.get("iri"), data.get("label"));
            assertThat(data.get("name")).isEqualTo(data.get("label"));
        }
        assertThat(labelByIri).containsEntry(KOPI, SampleNetwork.KOPI_NAME).containsEntry(OBRIEN, SampleNetwork.OBRIEN_NAME)
                .containsEntry(ABBAS, SampleNetwork.ABBAS_NAME).containsEntry(SampleNetwork.XI, SampleNetwork.XI_NAME)
                .containsEntry(SampleNetwork.RUSSIA, SampleNetwork.RUSSIA_NAME);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedNotWritten() throws Exception {
        Network bell = new Network(List.of(new NetworkNode(KOPI, "Kopi\u0007Co", "organization", null, 1)), List.of());
        String xml = graphMl(bell);
        XmlSchemas.validate(xml, XmlSchemas.GRAPHML);
        assertThat(xml).contains("Kopi\uFFFDCo").doesNotContain("\u0007");
    }

    @Test
    void declaresTypedKeysAndUndirectedEdges() throws Exception {
        Document doc = XmlSchemas.parse(graphMl(SampleNetwork.tricky()));
        Map<String, String> keyTypes = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyTypes.put(k.getAttribute("for") + "." + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertThat(keyTypes).containsEntry("node.label", "string").containsEntry("node.type", "string")
                .containsEntry("node.wikidata", "string").containsEntry("node.articles", "int")
                .containsEntry("node.iri", "string").containsEntry("edge.kind", "string").containsEntry("edge.weight", "int")
                .containsEntry("edge.events", "int").containsEntry("edge.firstDate", "string")
                .containsEntry("edge.lastDate", "string");
        Element graph = (Element) doc.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        NodeList edges = doc.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "edge");
        assertThat(edges.getLength()).isEqualTo(4);
        for (int i = 0; i < edges.getLength(); i++) {
            assertThat(((Element) edges.item(i)).getAttribute("directed")).isEqualTo("false");
        }
    }

    @Test
    void jgraphtReadsItBackWithParallelEdgesAndTypedAttributes() {
        ReimportedGraph g = ReimportedGraph.fromGraphMl(graphMl(SampleNetwork.tricky()));
        assertThat(g.graph().vertexSet()).hasSize(5);
        assertThat(g.graph().edgeSet()).hasSize(4);
        String kopi = idOf(g, KOPI);
        String obrien = idOf(g, OBRIEN);
        assertThat(g.graph().getAllEdges(kopi, obrien)).as("a meeting and a call: two edges").hasSize(2);
        assertThat(g.vertex(kopi).get("label").getValue()).isEqualTo(SampleNetwork.KOPI_NAME);
        assertThat(g.vertex(kopi).get("articles").getType()).isEqualTo(AttributeType.INT);
        assertThat(g.vertex(obrien)).as("unknown values are left out").doesNotContainKeys("wikidata", "articles");
        Map<String, String> weightByKind = new HashMap<>();
        for (DefaultEdge e : g.graph().getAllEdges(kopi, obrien)) {
            Map<String, Attribute> a = g.edges().get(e);
            assertThat(a.get("weight").getType()).isEqualTo(AttributeType.INT);
            weightByKind.put(a.get("kind").getValue(), a.get("weight").getValue());
        }
        assertThat(weightByKind).containsExactlyInAnyOrderEntriesOf(Map.of("meeting", "3", "call", "1"));
    }

    private static String idOf(ReimportedGraph g, String iri) {
        return g.vertices().entrySet().stream().filter(e -> iri.equals(e.getValue().get("iri").getValue()))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no node with iri " + iri));
    }

    private static Map<String, String> data(Element owner) {
        Map<String, String> out = new HashMap<>();
        NodeList data = owner.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    static String graphMl(Network network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new GraphMlWriter().write(network, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
