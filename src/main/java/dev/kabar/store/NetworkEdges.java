package dev.kabar.store;

import dev.kabar.article.Sha256;
import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * The contact network as the store keeps it in {@link Vocab#STATS_GRAPH}: one node per pair of actors and kind of
 * contact, with the number of articles that report it, its number of events and its first and last dates (an event's
 * own date, else the reporting article's day). The network query reads these edges instead of grouping every report of
 * the corpus. An edge touched by an article that comes or goes is counted again from the union of the article graphs,
 * so the figures are always those the grouping would give.
 */
final class NetworkEdges {
    private static final String EDGE_PREFIX = Vocab.ID + "graph/stats/edge/";
    /** (from, to, kind) of the edges touched in this transaction, in the order met. */
    private final Set<List<Node>> touched = new LinkedHashSet<>();
    private final DatasetGraph dsg;

    NetworkEdges(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** An article graph is about to go: the edges it reports are counted again. */
    void removing(Node article) {
        touch(dsg.getGraph(article));
    }

    /** An article graph was added: the edges it reports are counted again. */
    void added(Graph graph) {
        touch(graph);
    }

    /** Writes the touched edges afresh. */
    void flush() {
        Graph union = dsg.getUnionGraph();
        for (List<Node> edge : touched) {
            write(edge, union);
        }
        touched.clear();
    }

    private void touch(Graph graph) {
        graph.find(Node.ANY, RDF.type.asNode(), Vocab.CONTACT_EVENT).forEachRemaining(t -> {
            Node event = t.getSubject();
            Node kind = first(graph, event, Vocab.KIND);
            List<Node> sides = objects(graph, event, Vocab.PARTICIPANT);
            for (Node a : sides) {
                for (Node b : sides) {
                    if (kind != null && key(a).compareTo(key(b)) < 0) {
                        touched.add(List.of(a, b, kind));
                    }
                }
            }
        });
    }

    private void write(List<Node> edge, Graph union) {
        Node a = edge.get(0);
        Node b = edge.get(1);
        Node kind = edge.get(2);
        Node node = nodeOf(a, b, kind);
        dsg.deleteAny(Vocab.STATS_GRAPH, node, Node.ANY, Node.ANY);
        Set<Node> sources = new HashSet<>();
        int events = 0;
        String firstDate = null;
        String lastDate = null;
        for (Node event : eventsOf(union, a)) {
            if (!union.contains(event, RDF.type.asNode(), Vocab.CONTACT_EVENT) || !union.contains(event, Vocab.KIND, kind)
                    || !union.contains(event, Vocab.PARTICIPANT, b)) {
                continue;
            }
            Node eventDate = first(union, event, Vocab.START_TIME);
            boolean reported = false;
            Iterator<Triple> reports = union.find(Node.ANY, Vocab.REPORT_OF, event);
            while (reports.hasNext()) {
                for (Node article : objects(union, reports.next().getSubject(), Vocab.WAS_DERIVED_FROM)) {
                    reported = true;
                    sources.add(article);
                    String when = eventDate != null ? eventDate.getLiteralLexicalForm() : day(first(union, article, Vocab.DATE_PUBLISHED));
                    if (when != null) {
                        firstDate = firstDate == null || when.compareTo(firstDate) < 0 ? when : firstDate;
                        lastDate = lastDate == null || when.compareTo(lastDate) > 0 ? when : lastDate;
                    }
                }
            }
            events += reported ? 1 : 0;
        }
        if (sources.isEmpty()) {
            return; // every report of the pair is gone
        }
        dsg.add(Vocab.STATS_GRAPH, node, Vocab.EDGE_FROM, a);
        dsg.add(Vocab.STATS_GRAPH, node, Vocab.EDGE_TO, b);
        dsg.add(Vocab.STATS_GRAPH, node, Vocab.KIND, kind);
        dsg.add(Vocab.STATS_GRAPH, node, Vocab.SOURCE_COUNT, EntityStats.integer(sources.size()));
        dsg.add(Vocab.STATS_GRAPH, node, Vocab.EVENT_COUNT, EntityStats.integer(events));
        if (firstDate != null) {
            dsg.add(Vocab.STATS_GRAPH, node, Vocab.FIRST_DATE, NodeFactory.createLiteralString(firstDate));
            dsg.add(Vocab.STATS_GRAPH, node, Vocab.LAST_DATE, NodeFactory.createLiteralString(lastDate));
        }
    }

    /** What SPARQL's STR gives for an actor: its IRI. */
    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** The contact events an actor took part in, each once. */
    private static Set<Node> eventsOf(Graph union, Node actor) {
        Set<Node> events = new LinkedHashSet<>();
        union.find(Node.ANY, Vocab.PARTICIPANT, actor).forEachRemaining(t -> events.add(t.getSubject()));
        return events;
    }

    /** The day of a publication date or date-time, as the network query reads it (its first ten characters). */
    private static String day(Node published) {
        if (published == null || !published.isLiteral()) {
            return null;
        }
        String lexical = published.getLiteralLexicalForm();
        return lexical.length() > 10 ? lexical.substring(0, 10) : lexical;
    }

    private static Node first(Graph graph, Node subject, Node property) {
        Iterator<Triple> it = graph.find(subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        List<Node> out = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** Whether the node is one of these edges. */
    static boolean isEdge(Node node) {
        return node.isURI() && node.getURI().startsWith(EDGE_PREFIX);
    }

    /** The same IRI for the same pair and kind in every run, so that an edge is replaced, never doubled. */
    static Node nodeOf(Node a, Node b, Node kind) {
        return NodeFactory.createURI(EDGE_PREFIX + Sha256.hex(a + "\n" + b + "\n" + kind, 24));
    }
}
