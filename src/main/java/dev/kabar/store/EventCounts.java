package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The number of articles that report each contact event ({@code event kabar:reportCount n} in
 * {@link Vocab#STATS_GRAPH}), kept as articles come and go like the entity counts. Lists of contacts by how many
 * sources report them then read one number per event instead of grouping every report of the corpus.
 */
final class EventCounts {
    private final DatasetGraph dsg;
    /** Every event an added or removed article reports, with its change in count (zero when a report was replaced). */
    private final Map<Node, Integer> deltas = new HashMap<>();

    EventCounts(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** An article graph is about to go: the events it reports lose a source. */
    void removing(Node article) {
        reported(dsg.getGraph(article)).forEach(e -> deltas.merge(e, -1, Integer::sum));
    }

    /** An article graph was added: the events it reports gain a source. */
    void added(Graph graph) {
        reported(graph).forEach(e -> deltas.merge(e, 1, Integer::sum));
    }

    /** Writes the collected changes. */
    void flush() {
        for (Map.Entry<Node, Integer> e : deltas.entrySet()) {
            if (e.getValue() != 0) {
                update(e.getKey(), e.getValue());
            }
        }
        Graph union = dsg.getUnionGraph();
        for (Node event : deltas.keySet()) {
            keepInitiator(event, union);
        }
        deltas.clear();
    }

    /**
     * The initiator some report of the event states ({@code kabar:initiatorKept}), the first by IRI when reports differ,
     * as the contact lists' column a: kept so that a list need not read every report of the corpus to order its rows.
     */
    private void keepInitiator(Node event, Graph union) {
        dsg.deleteAny(Vocab.STATS_GRAPH, event, Vocab.INITIATOR_KEPT, Node.ANY);
        Node first = null;
        Iterator<org.apache.jena.graph.Triple> reports = union.find(Node.ANY, Vocab.REPORT_OF, event);
        while (reports.hasNext()) {
            Iterator<org.apache.jena.graph.Triple> agents = union.find(reports.next().getSubject(), Vocab.AGENT, Node.ANY);
            while (agents.hasNext()) {
                Node agent = agents.next().getObject();
                if (agent.isURI() && (first == null || agent.getURI().compareTo(first.getURI()) < 0)) {
                    first = agent;
                }
            }
        }
        if (first != null) {
            dsg.add(Vocab.STATS_GRAPH, event, Vocab.INITIATOR_KEPT, first);
        }
    }

    /** The contact events an article graph reports, each once however many sentences report it. */
    private static Set<Node> reported(Graph graph) {
        Set<Node> events = new HashSet<>();
        graph.find(Node.ANY, Vocab.REPORT_OF, Node.ANY).forEachRemaining(t -> {
            if (graph.contains(t.getSubject(), RDF.type.asNode(), Vocab.CONTACT)) {
                events.add(t.getObject());
            }
        });
        return events;
    }

    private void update(Node event, int delta) {
        int count = delta;
        Iterator<Quad> old = dsg.find(Vocab.STATS_GRAPH, event, Vocab.REPORT_COUNT, Node.ANY);
        if (old.hasNext()) {
            count += ((Number) old.next().getObject().getLiteralValue()).intValue();
        }
        dsg.deleteAny(Vocab.STATS_GRAPH, event, Vocab.REPORT_COUNT, Node.ANY);
        if (count > 0) {
            dsg.add(Vocab.STATS_GRAPH, event, Vocab.REPORT_COUNT, EntityStats.integer(count));
        }
    }
}
