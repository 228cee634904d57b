package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?edge kabar:mostReported kabar:Contact}: the contact network's edges as the store keeps them in
 * {@link Vocab#STATS_GRAPH}, most reported first, then by the two actors' names, the kind and the two IRIs: the
 * order of the canned {@code network} query. The sort reads a few index entries per edge, so a query reads names,
 * types and dates for the rows of its page only, instead of ordering every edge of the corpus in SPARQL.
 */
final class MostReportedEdges extends OrderedListing {
    private static final Set<Node> ACTOR_CLASSES = Set.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.COUNTRY);

    @Override
    List<Node> listing(DatasetGraph dsg, Node object) {
        return edges(dsg);
    }

    /** Every kept edge, in the network's order. */
    static List<Node> edges(DatasetGraph dsg) {
        record Edge(Node node, long sources, String aName, String bName, String kind, String a, String b) {
        }
        Graph stats = dsg.getGraph(Vocab.STATS_GRAPH);
        Map<Node, String> names = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Triple t : stats.find(Node.ANY, Vocab.EDGE_FROM, Node.ANY).toList()) {
            Node edge = t.getSubject();
            Node a = t.getObject();
            Node b = first(stats, edge, Vocab.EDGE_TO);
            Node kind = first(stats, edge, Vocab.KIND);
            Node sources = first(stats, edge, Vocab.SOURCE_COUNT);
            if (b == null || kind == null || sources == null) {
                continue;
            }
            edges.add(new Edge(edge, ((Number) sources.getLiteralValue()).longValue(),
                    names.computeIfAbsent(a, n -> nameOf(dsg, stats, n)), names.computeIfAbsent(b, n -> nameOf(dsg, stats, n)),
                    kind.getURI().substring(kind.getURI().indexOf('#') + 1).toLowerCase(Locale.ROOT), a.toString(), b.toString()));
        }
        edges.sort(Comparator.comparingLong(Edge::sources).reversed()
                .thenComparing(Edge::aName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edge::bName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edge::kind).thenComparing(Edge::a).thenComparing(Edge::b));
        return edges.stream().map(Edge::node).toList();
    }

    /**
     * The name the query shows: the statistics' one when they keep the entity with a class, else the first, in
     * order, of the names the articles give it as a person, organisation or country.
     */
    private static String nameOf(DatasetGraph dsg, Graph stats, Node entity) {
        Node kept = first(stats, entity, Vocab.SCHEMA_NAME);
        if (kept != null && stats.find(entity, RDF.type.asNode(), Node.ANY).hasNext()) {
            return kept.getLiteralLexicalForm();
        }
        Graph union = dsg.getUnionGraph();
        if (union.find(entity, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject).noneMatch(ACTOR_CLASSES::contains)) {
            return null;
        }
        return leastName(union, entity);
    }
}
