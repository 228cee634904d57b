package dev.kabar.support;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * An exported GraphML or GEXF file read back by JGraphT's importers, as a graph tool reads it: an undirected graph
 * that keeps parallel edges, with every vertex's and edge's attributes.
 *
 * @param vertices the attributes of each vertex, by the file's node id
 * @param edges    the attributes of each edge
 */
public record ReimportedGraph(Graph<String, DefaultEdge> graph, Map<String, Map<String, Attribute>> vertices,
        Map<DefaultEdge, Map<String, Attribute>> edges) {

    public static ReimportedGraph fromGraphMl(String xml) {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        return read(importer, importer, xml);
    }

    public static ReimportedGraph fromGexf(String xml) {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        return read(importer, importer, xml);
    }

    public Map<String, Attribute> vertex(String id) {
        return vertices.getOrDefault(id, Map.of());
    }

    private static ReimportedGraph read(BaseEventDrivenImporter<String, DefaultEdge> events,
            GraphImporter<String, DefaultEdge> importer, String xml) {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).weighted(false).buildGraph();
        Map<String, Map<String, Attribute>> vertices = new LinkedHashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new LinkedHashMap<>();
        events.addVertexAttributeConsumer((key, value) ->
                vertices.computeIfAbsent(key.getFirst(), v -> new LinkedHashMap<>()).put(key.getSecond(), value));
        events.addEdgeAttributeConsumer((key, value) ->
                edges.computeIfAbsent(key.getFirst(), e -> new LinkedHashMap<>()).put(key.getSecond(), value));
        importer.importGraph(graph, new StringReader(xml));
        return new ReimportedGraph(graph, vertices, edges);
    }
}
