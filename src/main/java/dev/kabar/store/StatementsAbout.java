package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?statement kabar:statementsAbout ?entity}, with the entity bound before it: the statements whose text
 * names the entity, by their speaker's least name, then article and statement IRI: the order of the canned
 * {@code statements-about} query. The sort reads a few index entries per statement, so a query reads text and mode
 * for the rows of its page only, instead of grouping and ordering every statement about a much-named actor.
 */
final class StatementsAbout extends PFuncSimple {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        if (!object.isConcrete() || !subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), cxt);
        }
        Var var = Var.alloc(subject);
        List<Node> statements = statements(cxt.getDataset().getUnionGraph(), object);
        return QueryIterPlainWrapper.create(Iter.map(statements.iterator(), s -> BindingFactory.binding(binding, var, s)), cxt);
    }

    /** The statements that mention the entity, in the query's order. */
    static List<Node> statements(Graph union, Node entity) {
        record Keyed(Node statement, String speakerName, String article, String iri) {
        }
        Map<Node, String> names = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        Set<Node> mentioning = new LinkedHashSet<>();
        union.find(Node.ANY, Vocab.MENTIONS, entity).forEachRemaining(t -> mentioning.add(t.getSubject()));
        for (Node s : mentioning) {
            Node speaker = first(union, s, Vocab.SPEAKER);
            Node article = first(union, s, Vocab.WAS_DERIVED_FROM);
            if (speaker == null || article == null || !union.contains(s, RDF.type.asNode(), Vocab.STATEMENT)) {
                continue;
            }
            keyed.add(new Keyed(s, names.computeIfAbsent(speaker, sp -> leastName(union, sp)), article.toString(), s.toString()));
        }
        keyed.sort(Comparator.comparing(Keyed::speakerName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Keyed::article).thenComparing(Keyed::iri));
        return keyed.stream().map(Keyed::statement).toList();
    }

    private static Node first(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The least of the names the articles give the speaker, as the query shows it. */
    private static String leastName(Graph union, Node speaker) {
        return union.find(speaker, Vocab.SCHEMA_NAME, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).min(Comparator.naturalOrder()).orElse(null);
    }
}
