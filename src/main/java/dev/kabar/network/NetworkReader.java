package dev.kabar.network;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.QueryRunner;
import dev.kabar.store.KabarStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Builds the {@link Network} from a store with two canned queries, run with their default parameters: {@code actors}
 * gives the nodes, {@code network} the edges. The queries are the network's one definition, shared with
 * {@code kabar query} and the server, so the exports show exactly what they show.
 */
public final class NetworkReader {
    static final String NODES_QUERY = "actors";
    static final String EDGES_QUERY = "network";

    private final CannedQueryCatalog catalog;
    private final QueryRunner runner;

    public NetworkReader(CannedQueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    /** Both queries in one read transaction, so nodes and edges describe the same state of the store. */
    public Network read(KabarStore store) {
        return read(store, Map.of());
    }

    /**
     * The network of the contacts that pass the {@code network} query's filters ({@code from}, {@code to},
     * {@code kind}, {@code minSources}); with any filter, only the actors left with a contact are nodes.
     */
    public Network read(KabarStore store, Map<String, String> filters) {
        DatasetGraph view = store.queryView();
        return Txn.calculateRead(view, () -> {
            Map<String, NetworkNode> nodes = runner.select(view, query(NODES_QUERY), Map.of(), NetworkReader::nodes);
            List<EdgeRow> rows = runner.select(view, query(EDGES_QUERY), filters, NetworkReader::edgeRows);
            Network all = assemble(nodes, rows);
            return filters.isEmpty() ? all : withoutLoneNodes(all);
        });
    }

    private static Network withoutLoneNodes(Network network) {
        Set<String> ends = new HashSet<>();
        for (NetworkEdge e : network.edges()) {
            ends.add(e.source());
            ends.add(e.target());
        }
        return new Network(network.nodes().stream().filter(n -> ends.contains(n.iri())).toList(), network.edges());
    }

    /** One row of the network query: the edge with the names and types of its ends. */
    record EdgeRow(NetworkEdge edge, String aName, String aType, String bName, String bType) {
    }

    /**
     * Nodes in the actors query's order, then any edge end it missed (built from the edge row's name and type, its
     * Wikidata id and article count unknown): an edge is never dropped for want of a node. An edge row repeated for
     * the same pair and kind (an actor with two names or types would do that) is kept once.
     */
    static Network assemble(Map<String, NetworkNode> actors, List<EdgeRow> rows) {
        Map<String, NetworkNode> nodes = new LinkedHashMap<>(actors);
        List<NetworkEdge> edges = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (EdgeRow row : rows) {
            NetworkEdge e = row.edge();
            if (!seen.add(List.of(e.source(), e.target(), e.kind()))) {
                continue;
            }
            nodes.putIfAbsent(e.source(), new NetworkNode(e.source(), row.aName(), row.aType(), null, null));
            nodes.putIfAbsent(e.target(), new NetworkNode(e.target(), row.bName(), row.bType(), null, null));
            edges.add(e);
        }
        return new Network(new ArrayList<>(nodes.values()), edges);
    }

    private CannedQuery query(String name) {
        CannedQuery q = catalog.get(name);
        if (q == null) {
            throw new IllegalStateException("the canned query '" + name + "' is not bundled");
        }
        return q;
    }

    private static Map<String, NetworkNode> nodes(RowSet rows) {
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        rows.forEachRemaining(b -> {
            NetworkNode n = new NetworkNode(text(b, "entity"), text(b, "name"), text(b, "type"), text(b, "wikidata"),
                    integer(b, "articles"));
            nodes.putIfAbsent(n.iri(), n);
        });
        return nodes;
    }

    private static List<EdgeRow> edgeRows(RowSet rows) {
        List<EdgeRow> out = new ArrayList<>();
        rows.forEachRemaining(b -> out.add(new EdgeRow(
                new NetworkEdge(text(b, "a"), text(b, "b"), text(b, "kind"), integer(b, "sources"),
                        integer(b, "events"), text(b, "firstDate"), text(b, "lastDate")),
                text(b, "aName"), text(b, "aType"), text(b, "bName"), text(b, "bType"))));
        return out;
    }

    /** An IRI, or a literal's lexical form; null when unbound. */
    private static String text(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static Integer integer(Binding b, String var) {
        String s = text(b, var);
        return s == null ? null : Integer.valueOf(s);
    }
}
