package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.Iterator;
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

/**
 * {@code ?article kabar:newestMentioning ?entity} and {@code ?article kabar:newestReporting ?entity}: the articles that mention a given entity, newest first (see
 * {@link ArticleDays#newestMentioning(Node)}), lazily, so an actor's listing pages without sorting all its
 * articles. {@code kabar:newestReporting} is the same for the articles that report a contact the entity took part
 * in, so that an actor's contact reports skip the articles that only name it. The entity must be bound when the function runs (it comes before it in the query); unbound, no rows.
 */
final class NewestMentioning extends PFuncSimple {
    private final boolean reportsOnly;

    /** @param reportsOnly only the articles that report a contact the entity took part in */
    NewestMentioning(boolean reportsOnly) {
        this.reportsOnly = reportsOnly;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        if (!object.isConcrete()) {
            return QueryIterPlainWrapper.create(Iter.nullIterator(), cxt);
        }
        ArticleDays days = new ArticleDays(cxt.getDataset());
        Iterator<Node> articles = days.newestMentioning(object);
        if (reportsOnly) {
            DatasetGraph dsg = cxt.getDataset();
            articles = Iter.filter(articles, article -> reportsContactOf(dsg, article, object));
        }
        if (!subject.isVariable()) {
            return QueryIterPlainWrapper.create(Iter.map(Iter.filter(articles, subject::equals), a -> binding), cxt);
        }
        Var var = Var.alloc(subject);
        Iterator<Binding> rows = Iter.map(articles, article -> BindingFactory.binding(binding, var, article));
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    private static boolean reportsContactOf(DatasetGraph dsg, Node article, Node entity) {
        Iterator<Quad> reports = dsg.find(article, Node.ANY, Vocab.REPORT_OF, Node.ANY);
        while (reports.hasNext()) {
            if (dsg.contains(article, reports.next().getObject(), Vocab.PARTICIPANT, entity)) {
                return true;
            }
        }
        return false;
    }
}
