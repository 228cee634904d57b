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
 * {@code ?item kabar:timelineOf ?actor}, with the actor bound before it: the actor's contact reports and
 * statements in the order of its timeline. That is by date (a contact's own day, else its article's day of
 * publication; a statement's article's day; undated first), a day's contacts before its statements, contacts by
 * the other party's name and IRI, then by IRI.
 *
 * <p>The order is worked out from a few lookups per item (its article's date, the other party's name) with no
 * SPARQL expression evaluated per row, so a query reads text, kind and evidence for the rows of its page only. On
 * a large store, sorting every row of an actor in SPARQL spent most of its time building the sort keys.
 */
final class ActorTimeline extends OrderedListing {
    private static final char SEP = '\u0001';

    @Override
    List<Node> listing(DatasetGraph dsg, Node actor) {
        return actor.isConcrete() ? items(dsg, actor) : List.of();
    }

    /** The actor's contact reports and statements, in timeline order. */
    static List<Node> items(DatasetGraph dsg, Node actor) {
        Graph union = dsg.getUnionGraph();
        Map<Node, String> days = new HashMap<>();
        record Keyed(String key, Node item) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Node contact : subjects(union, Vocab.PARTICIPANT, actor)) {
            if (!union.contains(contact, RDF.type.asNode(), Vocab.CONTACT)) {
                continue;
            }
            Node other = first(union, contact, Vocab.PARTICIPANT, actor);
            Node date = first(union, contact, Vocab.START_TIME, null);
            String day = date != null ? date.getLiteralLexicalForm() : dayOf(union, days, first(union, contact,
                    Vocab.WAS_DERIVED_FROM, null));
            keyed.add(new Keyed(day + SEP + "contact" + SEP + nameOf(dsg, other) + SEP
                    + (other == null ? "" : other.isURI() ? other.getURI() : other.toString()) + SEP + contact.getURI(), contact));
        }
        for (Node statement : subjects(union, Vocab.SPEAKER, actor)) {
            if (union.contains(statement, RDF.type.asNode(), Vocab.STATEMENT)) {
                String day = dayOf(union, days, first(union, statement, Vocab.WAS_DERIVED_FROM, null));
                keyed.add(new Keyed(day + SEP + "statement" + SEP + SEP + SEP + statement.getURI(), statement));
            }
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::item).toList();
    }

    private static Set<Node> subjects(Graph g, Node predicate, Node object) {
        Set<Node> subjects = new LinkedHashSet<>();
        g.find(Node.ANY, predicate, object).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    /** The article's day of publication as its date is written (its first ten characters), or "" if undated. */
    private static String dayOf(Graph union, Map<Node, String> days, Node article) {
        if (article == null) {
            return "";
        }
        return days.computeIfAbsent(article, a -> {
            Node published = first(union, a, Vocab.DATE_PUBLISHED, null);
            if (published == null) {
                return "";
            }
            String lexical = published.isLiteral() ? published.getLiteralLexicalForm() : published.toString();
            return lexical.length() > 10 ? lexical.substring(0, 10) : lexical;
        });
    }

    /** The name the statistics keep for an entity, or "". */
    private static String nameOf(DatasetGraph dsg, Node entity) {
        Node name = entity == null ? null : first(dsg.getGraph(Vocab.STATS_GRAPH), entity, Vocab.SCHEMA_NAME);
        return name == null ? "" : name.getLiteralLexicalForm();
    }
}
