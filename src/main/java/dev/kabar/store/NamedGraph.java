package dev.kabar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A graph and the name it is stored under. */
public record NamedGraph(Node name, Graph graph) {
}
