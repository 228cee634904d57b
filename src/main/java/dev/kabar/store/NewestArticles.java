package dev.kabar.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;

/**
 * {@code ?article kabar:newestFirst ?published}: every loaded article, newest first (see
 * {@link ArticleDays#newestFirst()}), with its publication date when it has one. Rows come lazily in that order,
 * so a listing written without ORDER BY reads only the days of the page it returns.
 */
final class NewestArticles extends PFuncSimple {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        DatasetGraph dsg = cxt.getDataset();
        ArticleDays days = new ArticleDays(dsg);
        Iterator<Binding> rows = Iter.iter(days.newestFirst(subject)).map(article -> row(binding, subject, article, object,
                days.published(article))).removeNulls();
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** The binding for one article, or null when a given publication date does not match. */
    private static Binding row(Binding parent, Node subject, Node article, Node object, Node value) {
        Binding b = parent;
        if (subject.isVariable()) {
            b = BindingFactory.binding(b, Var.alloc(subject), article);
        }
        if (object.isVariable()) {
            return value == null ? b : BindingFactory.binding(b, Var.alloc(object), value);
        }
        return object.equals(value) ? b : null;
    }
}
