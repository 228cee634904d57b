package dev.kabar.store;

import java.util.Locale;

/**
 * Export formats. RDF: Turtle and JSON-LD hold one graph (the union); TriG and N-Quads keep named graphs. The contact
 * network for graph tools: GraphML, GEXF, and CSV (two files, nodes and edges, in a folder).
 */
public enum ExportFormat {
    TURTLE, TRIG, NQUADS, JSONLD, GRAPHML, GEXF, CSV;

    public static ExportFormat parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> TURTLE;
            case "trig" -> TRIG;
            case "nquads", "nq", "n-quads" -> NQUADS;
            case "jsonld", "json-ld" -> JSONLD;
            case "graphml" -> GRAPHML;
            case "gexf" -> GEXF;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown export format '" + s
                    + "'; use turtle, trig, nquads or jsonld (RDF), or graphml, gexf or csv (the contact network)");
        };
    }

    /** The contact network (actors and who talked to whom) rather than the RDF graph. */
    public boolean isNetwork() {
        return this == GRAPHML || this == GEXF || this == CSV;
    }
}
