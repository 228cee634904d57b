package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;

/**
 * A property function {@code ?node fn object} whose nodes are put in a canned query's order in Java, from a few
 * index lookups each, and handed over in that order: the query then needs no ORDER BY over every row, and a page
 * reads the details of its own rows only. A bound subject is kept if it is listed.
 */
abstract class OrderedListing extends PFuncSimple {
    /** The nodes for this object, in order; none when the function needs the object bound and it is not. */
    abstract List<Node> listing(DatasetGraph dsg, Node object);

    @Override
    public final QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        Iterator<Node> nodes = listing(cxt.getDataset(), object).iterator();
        if (!subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.map(Iter.filter(nodes, subject::equals), n -> binding), cxt);
        }
        Var var = Var.alloc(subject);
        return QueryIterPlainWrapper.create(Iter.map(nodes, n -> BindingFactory.binding(binding, var, n)), cxt);
    }

    /** The first object of {@code s p ?o} in the graph, or null. */
    static Node first(Graph g, Node s, Node p) {
        return first(g, s, p, null);
    }

    /** The first object of {@code s p ?o} in the graph other than {@code except}, or null. */
    static Node first(Graph g, Node s, Node p, Node except) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.equals(except)) {
                return o;
            }
        }
        return null;
    }

    /** The least of the names the articles give an entity (a query's MIN over them), or null. */
    static String leastName(Graph union, Node entity) {
        return union.find(entity, Vocab.SCHEMA_NAME, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).min(Comparator.naturalOrder()).orElse(null);
    }
}
