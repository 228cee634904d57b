package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?edge kabar:mostReported kabar:Contact}: the contact network's edges as the store keeps them in
 * {@link Vocab#STATS_GRAPH}, most reported first, then by the two actors' names, the kind and the two IRIs: the
 * order of the canned {@code network} query. The sort reads a few index entries per edge, so a query reads names,
 * types and dates for the rows of its page only, instead of ordering every edge of the corpus in SPARQL.
 */
final class MostReportedEdges extends PFuncSimple {
    private static final Set<Node> ACTOR_CLASSES = Set.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.COUNTRY);

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        if (!subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), cxt);
        }
        Var var = Var.alloc(subject);
        Iterator<Binding> rows = Iter.map(edges(cxt.getDataset()).iterator(), e -> BindingFactory.binding(binding, var, e));
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** Every kept edge, in the network's order. */
    static List<Node> edges(DatasetGraph dsg) {
        record Edge(Node node, long sources, String aName, String bName, String kind, String a, String b) {
        }
        Map<Node, String> names = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        Iterator<Quad> from = dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.EDGE_FROM, Node.ANY);
        while (from.hasNext()) {
            Quad q = from.next();
            Node edge = q.getSubject();
            Node a = q.getObject();
            Node b = first(dsg, edge, Vocab.EDGE_TO);
            Node kind = first(dsg, edge, Vocab.KIND);
            Node sources = first(dsg, edge, Vocab.SOURCE_COUNT);
            if (b == null || kind == null || sources == null) {
                continue;
            }
            edges.add(new Edge(edge, ((Number) sources.getLiteralValue()).longValue(),
                    names.computeIfAbsent(a, n -> nameOf(dsg, n)), names.computeIfAbsent(b, n -> nameOf(dsg, n)),
                    kind.getURI().substring(kind.getURI().indexOf('#') + 1).toLowerCase(Locale.ROOT), a.toString(), b.toString()));
        }
        edges.sort(Comparator.comparingLong(Edge::sources).reversed()
                .thenComparing(Edge::aName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edge::bName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edge::kind).thenComparing(Edge::a).thenComparing(Edge::b));
        return edges.stream().map(Edge::node).toList();
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Vocab.STATS_GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /**
     * The name the query shows: the statistics' one when they keep the entity with a class, else the first, in
     * order, of the names the articles give it as a person, organisation or country.
     */
    private static String nameOf(DatasetGraph dsg, Node entity) {
        Node kept = first(dsg, entity, Vocab.SCHEMA_NAME);
        if (kept != null && dsg.find(Vocab.STATS_GRAPH, entity, RDF.type.asNode(), Node.ANY).hasNext()) {
            return kept.getLiteralLexicalForm();
        }
        Graph union = dsg.getUnionGraph();
        if (union.find(entity, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject).noneMatch(ACTOR_CLASSES::contains)) {
            return null;
        }
        return union.find(entity, Vocab.SCHEMA_NAME, Node.ANY).toList().stream().map(t -> t.getObject().getLiteralLexicalForm())
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
