package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?statement kabar:statementsNewestFirst ?article}: every statement with its article, articles newest first
 * and an article's statements in the order of the text (their IRIs hold their offsets, compared as numbers). Lazy
 * like {@link NewestArticles}, so a page of the corpus-wide statement list reads only the articles it shows.
 */
final class NewestStatements extends PFuncSimple {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object,
            ExecutionContext cxt) {
        DatasetGraph dsg = cxt.getDataset();
        ArticleDays days = new ArticleDays(dsg);
        Iterator<Binding> rows = Iter.iter(days.newestFirst(object)).flatMap(article -> statementsOf(dsg, article).stream()
                .filter(s -> subject.isVariable() || subject.equals(s))
                .map(s -> row(binding, subject, s, object, article)).iterator());
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    private static List<Node> statementsOf(DatasetGraph dsg, Node article) {
        List<Node> statements = new ArrayList<>();
        dsg.find(article, Node.ANY, RDF.type.asNode(), Vocab.STATEMENT)
                .forEachRemaining(q -> statements.add(q.getSubject()));
        statements.sort(Comparator.comparing(Node::getURI, NewestStatements::naturalOrder));
        return statements;
    }

    /** Text with runs of digits compared as numbers ("statement/594-…" before "statement/1259-…"). */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static Binding row(Binding parent, Node subject, Node statement, Node object, Node article) {
        Binding b = subject.isVariable() ? BindingFactory.binding(parent, Var.alloc(subject), statement) : parent;
        return object.isVariable() ? BindingFactory.binding(b, Var.alloc(object), article) : b;
    }
}
