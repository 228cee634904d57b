package dev.kabar.network;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Network} as two CSV files, {@value #NODES_FILE} and {@value #EDGES_FILE}, with the header names
 * {@code neo4j-admin database import} reads ({@code id:ID}, {@code :START_ID}, {@code :TYPE}, {@code weight:int}, ...)
 * and that pandas reads as plain column names. Nodes are identified by their IRIs; an unknown value is an empty
 * field, which Neo4j imports as no property. RFC 4180 quoting, LF line ends, UTF-8 without a byte order mark.
 */
public final class NetworkCsvWriter {
    public static final String NODES_FILE = "nodes.csv";
    public static final String EDGES_FILE = "edges.csv";

    static final String[] NODE_HEADER = {"id:ID", "name", "type:LABEL", "wikidata", "articles:int"};
    static final String[] EDGE_HEADER = {":START_ID", ":END_ID", ":TYPE", "kind", "weight:int", "events:int", "firstDate",
        "lastDate"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** Writes nodes.csv's content; {@code out} is flushed, not closed (a CSVPrinter would close it). */
    public void writeNodes(Network network, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(NODE_HEADER).get());
        for (NetworkNode n : network.nodes()) {
            csv.printRecord(n.iri(), n.name(), n.type(), n.wikidata(), n.articles());
        }
        csv.flush();
    }

    /**
     * Writes edges.csv's content; {@code out} is flushed, not closed. The relationship type is the contact kind in
     * capitals (CALL, MEETING, ...), as Neo4j names types, so a Cypher query can match one kind by type.
     */
    public void writeEdges(Network network, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(EDGE_HEADER).get());
        for (NetworkEdge e : network.edges()) {
            csv.printRecord(e.source(), e.target(), e.kind().toUpperCase(Locale.ROOT), e.kind(), e.sources(),
                    e.events(), e.firstDate(), e.lastDate());
        }
        csv.flush();
    }
}
