package dev.kabar.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contact network as graph tools see it: actors and weighted, undirected edges. Every edge's ends are among
 * the nodes and node IRIs are unique, so a writer never has to drop or invent anything.
 */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> iris = new HashSet<>();
        for (NetworkNode n : nodes) {
            if (!iris.add(n.iri())) {
                throw new IllegalArgumentException("node " + n.iri() + " is listed twice");
            }
        }
        for (NetworkEdge e : edges) {
            if (!iris.contains(e.source()) || !iris.contains(e.target())) {
                throw new IllegalArgumentException(
                        "edge " + e.source() + " - " + e.target() + " has an end that is not a node");
            }
        }
    }
}
