package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?statement kabar:statementsBy ?speaker}, with the speaker bound before it: the speaker's statements, their
 * articles newest first (as {@link ArticleDays} orders articles) and an article's statements by IRI. Only the
 * articles holding the speaker's statements are sorted, not every article that names the speaker, and the query
 * reads each statement's details for the rows of its page only.
 */
final class StatementsBy extends PFuncSimple {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        if (!object.isConcrete() || !subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), cxt);
        }
        Var var = Var.alloc(subject);
        List<Node> statements = statements(cxt.getDataset(), object);
        return QueryIterPlainWrapper.create(Iter.map(statements.iterator(), s -> BindingFactory.binding(binding, var, s)), cxt);
    }

    /** The speaker's statements in the query's order. */
    static List<Node> statements(DatasetGraph dsg, Node speaker) {
        Graph union = dsg.getUnionGraph();
        Map<Node, List<Node>> byArticle = new LinkedHashMap<>();
        union.find(Node.ANY, Vocab.SPEAKER, speaker).forEachRemaining(t -> {
            Node s = t.getSubject();
            Iterator<Triple> from = union.find(s, Vocab.WAS_DERIVED_FROM, Node.ANY);
            if (from.hasNext() && union.contains(s, RDF.type.asNode(), Vocab.STATEMENT)) {
                byArticle.computeIfAbsent(from.next().getObject(), a -> new ArrayList<>()).add(s);
            }
        });
        ArticleDays days = new ArticleDays(dsg);
        List<Node> articles = new ArrayList<>(byArticle.keySet());
        articles.removeIf(a -> !days.contains(a));
        List<Node> out = new ArrayList<>();
        for (Node article : days.sorted(articles)) {
            List<Node> ofArticle = byArticle.get(article);
            ofArticle.sort((x, y) -> x.toString().compareTo(y.toString()));
            out.addAll(ofArticle);
        }
        return out;
    }
}
