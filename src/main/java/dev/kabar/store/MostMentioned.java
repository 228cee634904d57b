package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
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
 * {@code ?entity kabar:mostMentioned schema:Person} (or another class, bound): the counted entities of that class,
 * most mentioned first, then by name and IRI, lazily. It visits the article counts some entity has (kept in
 * {@link Vocab#STATS_GRAPH}) from the highest down and looks each up by value, so the first page of a list of
 * people reads only the people at the top instead of sorting every person of the corpus.
 */
final class MostMentioned extends PFuncSimple {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        if (!object.isConcrete() || !subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), cxt);
        }
        DatasetGraph dsg = cxt.getDataset();
        List<Node> counts = new ArrayList<>();
        dsg.find(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.COUNT_VALUE, Node.ANY)
                .forEachRemaining(q -> counts.add(q.getObject()));
        counts.sort(Comparator.comparingLong((Node n) -> ((Number) n.getLiteralValue()).longValue()).reversed());
        Var var = Var.alloc(subject);
        Iterator<Node> entities = Iter.flatMap(counts.iterator(), n -> withCount(dsg, n, object).iterator());
        return QueryIterPlainWrapper.create(Iter.map(entities, e -> BindingFactory.binding(binding, var, e)), cxt);
    }

    /** The entities of the class with this count, by name and then IRI. */
    private static List<Node> withCount(DatasetGraph dsg, Node count, Node type) {
        record Named(Node entity, String name) {
        }
        List<Named> list = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, count);
        while (it.hasNext()) {
            Node e = it.next().getSubject();
            if (dsg.contains(Vocab.STATS_GRAPH, e, RDF.type.asNode(), type)) {
                Iterator<Quad> name = dsg.find(Vocab.STATS_GRAPH, e, Vocab.SCHEMA_NAME, Node.ANY);
                list.add(new Named(e, name.hasNext() ? name.next().getObject().getLiteralLexicalForm() : null));
            }
        }
        list.sort(Comparator.comparing(Named::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(n -> n.entity().toString()));
        return list.stream().map(Named::entity).toList();
    }
}
