package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?statement kabar:statementsBy ?speaker}, with the speaker bound before it: the speaker's statements, their
 * articles newest first (as {@link ArticleDays} orders articles) and an article's statements by IRI. Only the
 * articles holding the speaker's statements are sorted, not every article that names the speaker, and the query
 * reads each statement's details for the rows of its page only.
 */
final class StatementsBy extends OrderedListing {
    @Override
    List<Node> listing(DatasetGraph dsg, Node speaker) {
        return speaker.isConcrete() ? statements(dsg, speaker) : List.of();
    }

    /** The speaker's statements in the query's order. */
    static List<Node> statements(DatasetGraph dsg, Node speaker) {
        Graph union = dsg.getUnionGraph();
        Map<Node, List<Node>> byArticle = new LinkedHashMap<>();
        union.find(Node.ANY, Vocab.SPEAKER, speaker).forEachRemaining(t -> {
            Node s = t.getSubject();
            Node article = first(union, s, Vocab.WAS_DERIVED_FROM);
            if (article != null && union.contains(s, RDF.type.asNode(), Vocab.STATEMENT)) {
                byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(s);
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
