package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ?statement kabar:statementsAbout ?entity}, with the entity bound before it: the statements whose text
 * names the entity, by their speaker's least name, then article and statement IRI: the order of the canned
 * {@code statements-about} query. The sort reads a few index entries per statement, so a query reads text and mode
 * for the rows of its page only, instead of grouping and ordering every statement about a much-named actor.
 */
final class StatementsAbout extends OrderedListing {
    @Override
    List<Node> listing(DatasetGraph dsg, Node entity) {
        return entity.isConcrete() ? statements(dsg.getUnionGraph(), entity) : List.of();
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
}
