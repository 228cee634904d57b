package dev.kabar.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.store.KabarStore;
import dev.kabar.store.NamedGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class NetworkReaderTest {
    private static final String ALPHA = "https://w3id.org/kabar/id/person/alpha";
    private static final String BETA = "https://w3id.org/kabar/id/org/beta";

    /**
     * One article reports a call between Alpha and Beta but mentions only Alpha, so the actors query, which counts
     * mentioning articles, has no row for Beta.
     */
    private static final String ARTICLE = """
            PREFIX schema: <https://schema.org/>
            PREFIX kabar:  <https://w3id.org/kabar/ns#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/kabar/id/article/a1> a schema:NewsArticle ;
                schema:datePublished "2024-02-03T10:00:00+07:00"^^xsd:dateTime ;
                schema:mentions <%1$s> .
            <%1$s> a schema:Person ; schema:name "Alpha" .
            <%2$s> a schema:Organization ; schema:name "Beta & \\"Sons\\"" .
            <urn:x:event> a kabar:ContactEvent ; kabar:kind kabar:Call ; schema:participant <%1$s>, <%2$s> .
            <urn:x:contact> a kabar:Contact ; kabar:reportOf <urn:x:event> ;
                prov:wasDerivedFrom <https://w3id.org/kabar/id/article/a1> .
            """.formatted(ALPHA, BETA);

    @Test
    void anEdgeEndTheActorsQueryMissesBecomesANodeFromTheEdgeRow() {
        Network network;
        try (KabarStore store = KabarStore.inMemory()) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ARTICLE, Lang.TURTLE).parse(g);
            store.replaceGraphs(List.of(new NamedGraph(NodeFactory.createURI("https://w3id.org/kabar/id/article/a1"), g)));
            network = new NetworkReader(CannedQueryCatalog.bundled(), new QueryRunner(QueryRunner.NO_TIMEOUT)).read(store);
        }
        assertThat(network.nodes()).containsExactly(
                new NetworkNode(ALPHA, "Alpha", "person", null, 1),
                new NetworkNode(BETA, "Beta & \"Sons\"", "organization", null, null));
        assertThat(network.edges()).containsExactly(new NetworkEdge(BETA, ALPHA, "call", 1, 1, "2024-02-03", "2024-02-03"));
    }

    @Test
    void aRepeatedEdgeRowIsKeptOnce() {
        NetworkEdge call = new NetworkEdge(ALPHA, BETA, "call", 2, 1, null, null);
        Map<String, NetworkNode> actors = new LinkedHashMap<>();
        actors.put(ALPHA, new NetworkNode(ALPHA, "Alpha", "person", "Q1", 2));
        Network network = NetworkReader.assemble(actors, List.of(
                new NetworkReader.EdgeRow(call, "Alpha", "person", "Beta", "organization"),
                new NetworkReader.EdgeRow(call, "Alpha (other name)", "person", "Beta", "country")));
        assertThat(network.edges()).containsExactly(call);
        assertThat(network.nodes()).extracting(NetworkNode::iri).containsExactly(ALPHA, BETA);
        assertThat(network.nodes().get(0).wikidata()).as("the actors row wins over the edge row").isEqualTo("Q1");
    }

    @Test
    void aNetworkRefusesAnEdgeWhoseEndIsNoNode() {
        NetworkNode alpha = new NetworkNode(ALPHA, "Alpha", "person", null, 1);
        NetworkEdge toBeta = new NetworkEdge(ALPHA, BETA, "call", 1, 1, null, null);
        assertThatThrownBy(() -> new Network(List.of(alpha), List.of(toBeta)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(BETA);
        assertThatThrownBy(() -> new Network(List.of(alpha, alpha), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
