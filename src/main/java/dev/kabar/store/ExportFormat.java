package dev.kabar.store;

import java.util.Locale;

/** RDF export formats. Turtle and JSON-LD hold one graph (the union); TriG and N-Quads keep named graphs. */
public enum ExportFormat {
    TURTLE, TRIG, NQUADS, JSONLD;

    public static ExportFormat parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> TURTLE;
            case "trig" -> TRIG;
            case "nquads", "nq", "n-quads" -> NQUADS;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown export format '" + s + "'; use turtle, trig, nquads or jsonld");
        };
    }
}
