package dev.kabar.store;

import dev.kabar.rdf.Vocab;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The number of articles that mention each entity, with its type and name, in {@link Vocab#STATS_GRAPH}. Entity
 * lists read one count per entity from this one graph; counting mentions on the union graph instead costs a pass
 * over every mention in the corpus per query. Changes are collected as the articles of a write transaction are
 * replaced or removed, and written by {@link #flush()} in the same transaction, so counts never disagree with
 * the articles.
 */
final class EntityStats {
    /**
     * 2: beside the counts, articles by day of publication ({@link ArticleDays}), events' report counts
     * ({@link EventCounts}), lower-cased name keys and the list of count values. 3: name keys also for the
     * knowledge base's labels and other names. 4: the contact network's edges ({@link NetworkEdges}).
     */
    static final int VERSION = 4;
    private static final List<Node> TYPES = List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.COUNTRY, Vocab.PLACE);
    private static final List<Node> KB_NAMES = List.of(Vocab.SCHEMA_NAME, org.apache.jena.vocabulary.RDFS.label.asNode(),
            org.apache.jena.vocabulary.SKOS.altLabel.asNode());

    private final DatasetGraph dsg;
    private final ArticleDays days;
    private final EventCounts events;
    private final NetworkEdges edges;
    private final Map<Node, Integer> deltas = new HashMap<>();
    /** Type and name of entities as the added articles state them, for entities new to the statistics. */
    private final Map<Node, Node[]> described = new HashMap<>();
    /** Each entity's names, lower-cased, as the added articles write them: looked up by name in any case. */
    private final Map<Node, Set<String>> nameKeys = new HashMap<>();

    EntityStats(DatasetGraph dsg) {
        this.dsg = dsg;
        this.days = new ArticleDays(dsg);
        this.events = new EventCounts(dsg);
        this.edges = new NetworkEdges(dsg);
    }

    /** An article graph is about to go (replaced or removed): its mentions stop counting. */
    void removing(Node article) {
        days.removing(article);
        events.removing(article);
        edges.removing(article);
        dsg.find(article, article, Vocab.MENTIONS, Node.ANY)
                .forEachRemaining(q -> deltas.merge(q.getObject(), -1, Integer::sum));
    }

    /** An article graph was added: its mentions count. */
    void added(Node article, Graph graph) {
        days.added(article);
        events.added(graph);
        edges.added(graph);
        graph.find(article, Vocab.MENTIONS, Node.ANY).forEachRemaining(t -> {
            Node entity = t.getObject();
            deltas.merge(entity, 1, Integer::sum);
            describe(entity, graph);
            collectNames(entity, graph);
        });
    }

    /** Writes the collected changes. */
    void flush() {
        for (Map.Entry<Node, Integer> e : deltas.entrySet()) {
            if (e.getValue() != 0) {
                update(e.getKey(), e.getValue());
            }
        }
        deltas.clear();
        described.clear();
        nameKeys.clear();
        events.flush();
        edges.flush();
    }

    /** Whether the store keeps this version of its statistics (older stores do not, until {@link #rebuild()}). */
    boolean kept() {
        return dsg.contains(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.STATS_VERSION, integer(VERSION));
    }

    /** Counts every article's mentions afresh and marks the store as keeping its statistics. */
    void rebuild() {
        dsg.deleteAny(Vocab.STATS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        deltas.clear();
        Iterator<Quad> mentions = dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONS, Node.ANY);
        while (mentions.hasNext()) {
            Quad q = mentions.next();
            // an article's own mentions (in its graph, about itself), not a statement's
            if (q.getGraph().equals(q.getSubject())) {
                deltas.merge(q.getObject(), 1, Integer::sum);
                Graph graph = dsg.getGraph(q.getGraph());
                describe(q.getObject(), graph);
                collectNames(q.getObject(), graph);
            }
        }
        // every article once more, for its day and the events it reports (listed first: filing writes to the store)
        List<Node> articles = new java.util.ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Vocab.NEWS_ARTICLE).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                articles.add(q.getGraph());
            }
        });
        for (Node article : articles) {
            days.added(article);
            Graph graph = dsg.getGraph(article);
            events.added(graph);
            edges.added(graph);
        }
        flush();
        dsg.add(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.STATS_VERSION, integer(VERSION));
    }

    private void collectNames(Node entity, Graph graph) {
        graph.find(entity, Vocab.SCHEMA_NAME, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                nameKeys.computeIfAbsent(entity, e -> new HashSet<>()).add(key(t.getObject()));
            }
        });
    }

    /** The key a name is looked up by: lower case, as SPARQL's LCASE gives it. */
    private static String key(Node name) {
        return name.getLiteralLexicalForm().toLowerCase(Locale.ROOT);
    }

    private void describe(Node entity, Graph graph) {
        if (described.containsKey(entity)) {
            return;
        }
        Node type = null;
        for (Node t : TYPES) {
            if (graph.contains(entity, RDF.type.asNode(), t)) {
                type = t;
                break;
            }
        }
        Iterator<org.apache.jena.graph.Triple> names = graph.find(entity, Vocab.SCHEMA_NAME, Node.ANY);
        described.put(entity, new Node[] {type, names.hasNext() ? names.next().getObject() : null});
    }

    /**
     * New count = old + delta; the entity's type and name stay as first recorded, from the knowledge base when it
     * knows the entity (its canonical name), else from the article that brought it. Lookups stay in the statistics
     * and knowledge-base graphs: a search of all graphs costs the store's size on the plain in-memory dataset.
     */
    private void update(Node entity, int delta) {
        int count = delta;
        Iterator<Quad> old = dsg.find(Vocab.STATS_GRAPH, entity, Vocab.ARTICLE_COUNT, Node.ANY);
        boolean known = old.hasNext();
        Node oldCount = known ? old.next().getObject() : null;
        if (known) {
            count += ((Number) oldCount.getLiteralValue()).intValue();
        }
        dsg.deleteAny(Vocab.STATS_GRAPH, entity, Vocab.ARTICLE_COUNT, Node.ANY);
        if (known && !dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.ARTICLE_COUNT, oldCount).hasNext()) {
            dsg.delete(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.COUNT_VALUE, oldCount);
        }
        if (count <= 0) {
            dsg.deleteAny(Vocab.STATS_GRAPH, entity, Node.ANY, Node.ANY);
            return;
        }
        dsg.add(Vocab.STATS_GRAPH, entity, Vocab.ARTICLE_COUNT, integer(count));
        // the counts some entity has, so lists by count visit only these (see MostMentioned)
        dsg.add(Vocab.STATS_GRAPH, Vocab.STATS_GRAPH, Vocab.COUNT_VALUE, integer(count));
        // names stay findable while the entity is counted (a name only a removed article gave is kept until then)
        for (String k : nameKeys.getOrDefault(entity, Set.of())) {
            dsg.add(Vocab.STATS_GRAPH, entity, Vocab.NAME_KEY, NodeFactory.createLiteralString(k));
        }
        if (known) {
            return;
        }
        // every name the knowledge base gives it ("Jokowi", "PBB"), so that lookups and searches by name need no scan
        for (Node property : KB_NAMES) {
            dsg.find(Vocab.KB_GRAPH, entity, property, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    dsg.add(Vocab.STATS_GRAPH, entity, Vocab.NAME_KEY, NodeFactory.createLiteralString(key(q.getObject())));
                }
            });
        }
        Node[] fromArticle = described.getOrDefault(entity, new Node[2]);
        Node type = first(Vocab.KB_GRAPH, entity, RDF.type.asNode(), fromArticle[0]);
        Node name = first(Vocab.KB_GRAPH, entity, Vocab.SCHEMA_NAME, fromArticle[1]);
        if (type != null) {
            dsg.add(Vocab.STATS_GRAPH, entity, RDF.type.asNode(), type);
        }
        if (name != null) {
            dsg.add(Vocab.STATS_GRAPH, entity, Vocab.SCHEMA_NAME, name);
        }
    }

    /** The graph's value for a list type (Person, Organization, ...) or name, else the fallback. */
    private Node first(Node graph, Node entity, Node property, Node fallback) {
        Iterator<Quad> it = dsg.find(graph, entity, property, Node.ANY);
        while (it.hasNext()) {
            Node value = it.next().getObject();
            if (!property.equals(RDF.type.asNode()) || TYPES.contains(value)) {
                return value;
            }
        }
        return fallback;
    }

    static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
