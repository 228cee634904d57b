package dev.kabar.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** SHACL validation against the bundled {@code ontology/shapes.ttl}, one graph at a time. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource ontology/shapes.ttl");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shapes = Shapes.parse(g);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
