package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The kept union always holds exactly the triples some named graph holds, whatever was added, deleted or replaced. */
class UnionIndexedDatasetTest {
    private static final List<Node> GRAPHS = List.of(iri("g1"), iri("g2"), iri("g3"), iri("g4"));

    @Test
    void theUnionFollowsRandomWritesToSharedAndOwnTriples() {
        Random random = new Random(7);
        UnionIndexedDataset indexed = new UnionIndexedDataset();
        DatasetGraph reference = DatasetGraphFactory.create();
        for (int step = 0; step < 5_000; step++) {
            Node g = GRAPHS.get(random.nextInt(GRAPHS.size()));
            // few subjects and objects, so that graphs often share a triple
            Triple t = Triple.create(iri("s" + random.nextInt(6)), iri("p"), iri("o" + random.nextInt(6)));
            int action = random.nextInt(10);
            if (action < 6) {
                indexed.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                reference.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            } else if (action < 9) {
                indexed.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                reference.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            } else {
                indexed.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                reference.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            if (step % 50 == 0) {
                assertThat(triples(indexed.getUnionGraph())).isEqualTo(triples(reference.getUnionGraph()));
            }
        }
        assertThat(triples(indexed.getUnionGraph())).isEqualTo(triples(reference.getUnionGraph()));
        for (Node g : GRAPHS) {
            assertThat(triples(indexed.getGraph(g))).isEqualTo(triples(reference.getGraph(g)));
        }
    }

    @Test
    void aCopiedGraphReachesTheUnionAndQueriesSeeIt() {
        UnionIndexedDataset indexed = new UnionIndexedDataset();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(iri("a"), iri("knows"), iri("b")));
        indexed.addGraph(iri("g1"), g);
        indexed.add(iri("g2"), iri("b"), iri("knows"), iri("c"));
        String query = "SELECT (COUNT(*) AS ?n) { ?x <urn:t:knows> ?y . ?y <urn:t:knows> ?z }";
        try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(new UnionDefaultGraphView(indexed)))) {
            assertThat(qe.execSelect().next().getLiteral("n").getInt()).isEqualTo(1);
        }
        assertThat(indexed.find(Quad.unionGraph, iri("a"), Node.ANY, Node.ANY)).toIterable().hasSize(1);
        assertThat(indexed.find(Node.ANY, iri("zzz"), Node.ANY, Node.ANY)).toIterable().isEmpty();
        assertThatThrownBy(() -> indexed.getUnionGraph().add(Triple.create(iri("x"), iri("y"), iri("z"))))
                .isInstanceOf(RuntimeException.class);
    }

    private static Set<Triple> triples(Graph g) {
        Set<Triple> out = new HashSet<>();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI("urn:t:" + local);
    }
}
