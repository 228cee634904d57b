package dev.kabar.support;

import dev.kabar.rdf.Vocab;
import dev.kabar.validate.ShapeValidator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.opentest4j.AssertionFailedError;

/** Graph comparisons with a readable difference, and SHACL conformance. */
public final class GraphAssert {
    private static final ShapeValidator VALIDATOR = new ShapeValidator();

    private GraphAssert() {
    }

    /** Fails unless the graphs are isomorphic, listing triples only in one of them (blank nodes aside). */
    public static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (IsoMatcher.isomorphic(expected, actual)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.find().forEachRemaining(t -> {
            if (!actual.contains(t)) {
                missing.add(show(t));
            }
        });
        actual.find().forEachRemaining(t -> {
            if (!expected.contains(t)) {
                extra.add(show(t));
            }
        });
        missing.sort(null);
        extra.sort(null);
        StringBuilder sb = new StringBuilder(what + ": graphs differ\n");
        sb.append("  expected but missing (").append(missing.size()).append("):\n");
        missing.forEach(t -> sb.append("    - ").append(t).append('\n'));
        sb.append("  produced but not expected (").append(extra.size()).append("):\n");
        extra.forEach(t -> sb.append("    + ").append(t).append('\n'));
        throw new AssertionFailedError(sb.toString());
    }

    /** Fails unless the graph conforms to ontology/shapes.ttl, printing the report. */
    public static void assertConforms(Graph graph, String what) {
        ValidationReport report = VALIDATOR.validate(graph);
        if (!report.conforms()) {
            StringWriter w = new StringWriter();
            ShLib.printReport(new java.io.PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    w.write(b);
                }
            }), report);
            throw new AssertionFailedError(what + " does not conform to the shapes:\n" + w);
        }
    }

    public static String turtle(Graph g) {
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefixes(Vocab.prefixes());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }

    private static String show(Triple t) {
        return t.getSubject() + " " + t.getPredicate().getLocalName() + " " + t.getObject();
    }

    static ShaclValidator validator() {
        return ShaclValidator.get();
    }
}
