package dev.kabar.kb;

import dev.kabar.extract.Entity;
import dev.kabar.extract.EntityType;
import dev.kabar.rdf.BundledRdf;
import dev.kabar.rdf.Vocab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The curated entities: the bundled {@code kb/entities.ttl} plus any user files. Holds the RDF (loaded into
 * the store as the knowledge-base graph) and the entries the gazetteer matches against.
 */
public final class KnowledgeBase {
    public static final String BUNDLED = "kb/entities.ttl";

    private final Graph graph;
    private final List<KbEntry> entries;
    private final Map<String, String> roles;

    private KnowledgeBase(Graph graph) {
        this.graph = graph;
        this.entries = List.copyOf(readEntries(graph));
        Map<String, String> byKey = new TreeMap<>();
        for (Triple t : graph.find(Node.ANY, Vocab.ROLE, Node.ANY).toList()) {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                byKey.merge(Vocab.keyOf(t.getSubject().getURI()), t.getObject().getLiteralLexicalForm(), (a, b) -> a + "; " + b);
            }
        }
        this.roles = Map.copyOf(byKey);
    }

    /** The standing role of each entity that has one, by entity key ("Presiden Indonesia", "penyanyi"). */
    public Map<String, String> roles() {
        return roles;
    }

    /** The bundled knowledge base plus the given Turtle files (user additions win nothing: they add). */
    public static KnowledgeBase load(List<Path> extraFiles) {
        Graph g = BundledRdf.read(BUNDLED);
        for (Path file : extraFiles) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": knowledge-base file not found");
            }
            try {
                RDFParser.source(file).base(Vocab.ID).parse(g);
            } catch (RiotException e) {
                throw new IllegalArgumentException(file + ": not valid RDF (" + e.getMessage() + ")");
            }
        }
        return new KnowledgeBase(g);
    }

    public static KnowledgeBase bundled() {
        return load(List.of());
    }

    public Graph graph() {
        return graph;
    }

    public List<KbEntry> entries() {
        return entries;
    }

    private static List<KbEntry> readEntries(Graph g) {
        Map<String, KbEntry> byKey = new TreeMap<>();
        for (Map.Entry<Node, EntityType> type : Vocab.ENTITY_CLASSES.entrySet()) {
            for (Triple t : g.find(Node.ANY, RDF.type.asNode(), type.getKey()).toList()) {
                Node s = t.getSubject();
                if (!s.isURI()) {
                    continue;
                }
                String name = firstLiteral(g, s, Vocab.SCHEMA_NAME);
                if (name == null) {
                    name = firstLiteral(g, s, RDFS.label.asNode());
                }
                if (name == null) {
                    continue;
                }
                Set<String> labels = new LinkedHashSet<>();
                boolean country = type.getValue() == EntityType.COUNTRY;
                if (!country) {
                    labels.add(name);
                }
                for (Node p : List.of(Vocab.SCHEMA_NAME, RDFS.label.asNode(), SKOS.prefLabel.asNode(),
                        SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode())) {
                    g.find(s, p, Node.ANY).forEach(x -> {
                        Node o = x.getObject();
                        // a country's English name ("Jordan", "Chad") is not how Indonesian text names it and is
                        // often a person's name: countries match by their Indonesian labels and aliases only
                        boolean english = p.equals(Vocab.SCHEMA_NAME) || "en".equals(o.isLiteral() ? o.getLiteralLanguage() : "");
                        if (o.isLiteral() && !(country && english)) {
                            labels.add(o.getLiteralLexicalForm().strip());
                        }
                    });
                }
                String key = Vocab.keyOf(s.getURI());
                byKey.putIfAbsent(key, new KbEntry(new Entity(key, type.getValue(), name), new ArrayList<>(labels)));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String firstLiteral(Graph g, Node s, Node p) {
        List<String> values = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject().getLiteralLexicalForm());
            }
        });
        values.sort(null);
        return values.isEmpty() ? null : values.get(0);
    }
}
