package dev.kabar.network;

import static dev.kabar.network.SampleNetwork.KOPI;
import static dev.kabar.network.SampleNetwork.OBRIEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.support.ReimportedGraph;
import dev.kabar.support.XmlSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class GexfWriterTest {

    @Test
    void isValidAgainstTheGexfSchema() throws Exception {
        XmlSchemas.validate(gexf(SampleNetwork.tricky()), XmlSchemas.GEXF);
        XmlSchemas.validate(gexf(new Network(List.of(), List.of())), XmlSchemas.GEXF);
    }

    @Test
    void theSchemaCheckRejectsABrokenDocument() {
        String broken = gexf(SampleNetwork.tricky())
                .replace("defaultedgetype=\"undirected\"", "defaultedgetype=\"sideways\"");
        assertThatThrownBy(() -> XmlSchemas.validate(broken, XmlSchemas.GEXF)).isInstanceOf(SAXException.class)
                .hasMessageContaining("sideways");
    }

    @Test
    void nodesAreIrisWithLabelsAndAttributeValues() throws Exception {
        Document doc = XmlSchemas.parse(gexf(SampleNetwork.tricky()));
        Element graph = only(doc, "graph");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");
        Map<String, Element> nodes = byId(doc, "node");
        assertThat(nodes).containsOnlyKeys(KOPI, OBRIEN, SampleNetwork.ABBAS, SampleNetwork.XI, SampleNetwork.RUSSIA);
        assertThat(nodes.get(KOPI).getAttribute("label")).isEqualTo(SampleNetwork.KOPI_NAME);
        assertThat(nodes.get(SampleNetwork.ABBAS).getAttribute("label")).isEqualTo(SampleNetwork.ABBAS_NAME);
        assertThat(nodes.get(SampleNetwork.RUSSIA).getAttribute("label")).isEqualTo(SampleNetwork.RUSSIA_NAME);
        assertThat(values(nodes.get(KOPI))).containsExactlyInAnyOrderEntriesOf(
                Map.of("type", "organization", "wikidata", "Q1", "articles", "3", "iri", KOPI));
        assertThat(values(nodes.get(OBRIEN))).containsOnlyKeys("type", "iri");
    }

    @Test
    void parallelEdgesKeepTheirOwnIdsWeightsAndKinds() throws Exception {
        Document doc = XmlSchemas.parse(gexf(SampleNetwork.tricky()));
        Map<String, Element> edges = byId(doc, "edge");
        assertThat(edges).hasSize(4);
        List<Element> pair = new ArrayList<>();
        for (Element e : edges.values()) {
            if (e.getAttribute("source").equals(KOPI) && e.getAttribute("target").equals(OBRIEN)) {
                pair.add(e);
            }
        }
        assertThat(pair).hasSize(2);
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (Element e : pair) {
            Map<String, String> v = values(e);
            v.put("weight", e.getAttribute("weight"));
            byKind.put(v.get("kind"), v);
        }
        assertThat(byKind.get("meeting")).containsEntry("weight", "3").containsEntry("events", "2")
                .containsEntry("firstDate", "2024-01-02").containsEntry("lastDate", "2024-03-04");
        assertThat(byKind.get("call")).containsEntry("weight", "1").doesNotContainKeys("firstDate", "lastDate");
    }

    @Test
    void jgraphtReadsItBack() {
        ReimportedGraph g = ReimportedGraph.fromGexf(gexf(SampleNetwork.tricky()));
        assertThat(g.graph().vertexSet()).containsExactlyInAnyOrder(KOPI, OBRIEN, SampleNetwork.ABBAS, SampleNetwork.XI,
                SampleNetwork.RUSSIA);
        assertThat(g.graph().getAllEdges(KOPI, OBRIEN)).hasSize(2);
        assertThat(g.graph().edgeSet()).hasSize(4);
        assertThat(g.vertex(SampleNetwork.XI).get("label").getValue()).isEqualTo(SampleNetwork.XI_NAME);
    }

    private static Element only(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, name);
        assertThat(list.getLength()).as(name).isEqualTo(1);
        return (Element) list.item(0);
    }

    private static Map<String, Element> byId(Document doc, String name) {
        Map<String, Element> out = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, name);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            assertThat(out.put(e.getAttribute("id"), e)).as("id " + e.getAttribute("id") + " is unique").isNull();
        }
        return out;
    }

    /** The attvalues of a node or edge, by attribute id. */
    private static Map<String, String> values(Element owner) {
        Map<String, String> out = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }

    static String gexf(Network network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new GexfWriter().write(network, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
