package dev.kabar.validate;

import dev.kabar.rdf.BundledRdf;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** SHACL validation against the bundled {@code ontology/shapes.ttl}, one graph at a time. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator() {
        shapes = Shapes.parse(BundledRdf.read("ontology/shapes.ttl"));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
