package dev.kabar.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class NetworkCsvWriterTest {
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void headersAreNeo4jImportHeaders() throws IOException {
        try (CSVParser nodes = parse(nodesCsv()); CSVParser edges = parse(edgesCsv())) {
            assertThat(nodes.getHeaderNames()).containsExactly("id:ID", "name", "type:LABEL", "wikidata", "articles:int");
            assertThat(edges.getHeaderNames()).containsExactly(":START_ID", ":END_ID", ":TYPE", "kind", "weight:int",
                    "events:int", "firstDate", "lastDate");
        }
    }

    @Test
    void namesWithQuotesCommasAndOtherScriptsReadBackExactly() throws IOException {
        List<CSVRecord> nodes = records(nodesCsv());
        assertThat(nodes).extracting(r -> r.get("name")).containsExactly(SampleNetwork.KOPI_NAME, SampleNetwork.OBRIEN_NAME,
                SampleNetwork.ABBAS_NAME, SampleNetwork.XI_NAME, SampleNetwork.RUSSIA_NAME);
        CSVRecord obrien = nodes.get(1);
        assertThat(obrien.get("id:ID")).isEqualTo(SampleNetwork.OBRIEN);
        assertThat(obrien.get("wikidata")).as("unknown: empty, no property in Neo4j").isEmpty();
        assertThat(obrien.get("articles:int")).isEmpty();
        assertThat(nodes.get(0).get("articles:int")).isEqualTo("3");
    }

    @Test
    void everyEdgeEndIsANodeAndCarriesItsWeight() throws IOException {
        Set<String> ids = records(nodesCsv()).stream().map(r -> r.get("id:ID")).collect(Collectors.toSet());
        List<CSVRecord> edges = records(edgesCsv());
        assertThat(edges).hasSize(4);
        for (CSVRecord e : edges) {
            assertThat(ids).contains(e.get(":START_ID"), e.get(":END_ID"));
            assertThat(e.get(":TYPE")).isEqualTo(e.get("kind").toUpperCase(java.util.Locale.ROOT));
        }
        assertThat(edges).extracting(e -> e.get("kind") + "=" + e.get("weight:int") + "/" + e.get("events:int"))
                .containsExactly("meeting=3/2", "call=1/1", "visit=2/1", "talks=1/1");
        assertThat(edges.get(1).get("firstDate")).isEmpty();
        assertThat(edges.get(0).get("lastDate")).isEqualTo("2024-03-04");
    }

    private static String nodesCsv() throws IOException {
        StringWriter out = new StringWriter();
        new NetworkCsvWriter().writeNodes(SampleNetwork.tricky(), out);
        return out.toString();
    }

    private static String edgesCsv() throws IOException {
        StringWriter out = new StringWriter();
        new NetworkCsvWriter().writeEdges(SampleNetwork.tricky(), out);
        return out.toString();
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv), READ);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser p = parse(csv)) {
            return p.getRecords();
        }
    }
}
