package dev.kabar.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Turtle files shipped inside the jar (ontology, shapes, knowledge base). */
public final class BundledRdf {
    private BundledRdf() {
    }

    /** Parses a class-path Turtle resource into {@code into}; a missing resource is a broken build. */
    public static Graph read(String resource, Graph into) {
        try (InputStream in = BundledRdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.ID).parse(into);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public static Graph read(String resource) {
        return read(resource, GraphFactory.createDefaultGraph());
    }
}
