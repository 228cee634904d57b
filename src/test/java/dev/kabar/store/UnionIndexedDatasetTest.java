package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ReadWrite;
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
        // a compact limit of 5: graphs keep crossing between the array and the indexed form
        for (int limit : new int[] {5, UnionIndexedDataset.COMPACT_LIMIT}) {
            randomWrites(new UnionIndexedDataset(limit), new Random(7));
        }
    }

    private static void randomWrites(UnionIndexedDataset indexed, Random random) {
        DatasetGraph reference = DatasetGraphFactory.create();
        for (int step = 0; step < 5_000; step++) {
            Node g = GRAPHS.get(random.nextInt(GRAPHS.size()));
            // few subjects and objects, so that graphs often share a triple
            Triple t = Triple.create(iri("s" + random.nextInt(6)), iri("p" + random.nextInt(2)), iri("o" + random.nextInt(6)));
            int action = random.nextInt(20);
            if (action < 12) {
                indexed.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                reference.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            } else if (action < 18) {
                indexed.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                reference.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            } else if (action < 19) {
                indexed.deleteAny(g, t.getSubject(), Node.ANY, Node.ANY);
                reference.deleteAny(g, t.getSubject(), Node.ANY, Node.ANY);
            } else {
                indexed.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                reference.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            if (step % 50 == 0) {
                assertSame(indexed, reference, t);
            }
            if (step % 70 == 0) {
                // a commit puts the graphs written in subject order: finds by subject then take the halving path
                indexed.begin(ReadWrite.WRITE);
                indexed.commit();
                indexed.end();
            }
        }
        assertSame(indexed, reference, Triple.create(iri("s1"), iri("p1"), iri("o1")));
    }

    /** The union, every graph, and quads found by pattern with the graph given or not, as Jena's plain map has them. */
    private static void assertSame(UnionIndexedDataset indexed, DatasetGraph reference, Triple t) {
        assertThat(triples(indexed.getUnionGraph())).isEqualTo(triples(reference.getUnionGraph()));
        assertThat(Iter.toSet(indexed.listGraphNodes())).isEqualTo(Iter.toSet(reference.listGraphNodes()));
        for (Node g : GRAPHS) {
            assertThat(triples(indexed.getGraph(g))).isEqualTo(triples(reference.getGraph(g)));
            assertThat(Iter.toSet(indexed.find(g, t.getSubject(), Node.ANY, t.getObject())))
                    .isEqualTo(Iter.toSet(reference.find(g, t.getSubject(), Node.ANY, t.getObject())));
            assertThat(Iter.toSet(indexed.find(g, t.getSubject(), Node.ANY, Node.ANY)))
                    .isEqualTo(Iter.toSet(reference.find(g, t.getSubject(), Node.ANY, Node.ANY)));
        }
        assertThat(Iter.toSet(indexed.find(Node.ANY, Node.ANY, t.getPredicate(), t.getObject())))
                .isEqualTo(Iter.toSet(reference.find(Node.ANY, Node.ANY, t.getPredicate(), t.getObject())));
        assertThat(Iter.toSet(indexed.find())).isEqualTo(Iter.toSet(reference.find()));
    }

    @Test
    void termsAreComparedAsTermsAndStoredOnce() {
        UnionIndexedDataset indexed = new UnionIndexedDataset();
        Node one = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
        Node paddedOne = NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger);
        indexed.add(iri("g1"), iri("a"), iri("n"), one);
        indexed.add(iri("g2"), iri("a"), iri("n"), paddedOne);
        indexed.add(iri("g2"), iri("b"), iri("n"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        assertThat(indexed.find(iri("g1"), Node.ANY, Node.ANY, paddedOne)).toIterable().isEmpty();
        assertThat(indexed.getUnionGraph().size()).isEqualTo(3);
        // the second "1" is the first one's instance
        Node stored = indexed.find(iri("g2"), iri("b"), Node.ANY, Node.ANY).next().getObject();
        assertThat(stored).isSameAs(one);
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
