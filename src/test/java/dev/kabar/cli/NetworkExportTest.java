package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.ReimportedGraph;
import dev.kabar.support.SharedData;
import dev.kabar.support.XmlSchemas;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar export --format graphml|gexf|csv} on the five seed articles, through the real entry point. */
class NetworkExportTest {
    private static final String SEEDS = SharedData.seeds().toString();
    private static final String PUTIN = "https://w3id.org/kabar/id/person/vladimir-putin";
    private static final String HAMAS = "https://w3id.org/kabar/id/org/hamas";
    private static final String BOGDANOV = "https://w3id.org/kabar/id/person/mikhail-bogdanov";
    private static final String ABBAS = "https://w3id.org/kabar/id/person/mahmoud-abbas";
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void graphMlOnTheSeedsIsValidAndHoldsWhoTalkedToWhom() throws Exception {
        CliRun run = CliRun.of("export", "--format", "graphml", SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        XmlSchemas.validate(run.out(), XmlSchemas.GRAPHML);

        ReimportedGraph g = ReimportedGraph.fromGraphMl(run.out());
        assertThat(g.graph().vertexSet()).as("one node per row of the actors query").hasSize(rows("actors").size());
        assertThat(g.graph().edgeSet()).as("one edge per row of the network query").hasSize(rows("network").size());
        Map<String, String> idByIri = g.vertices().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().get("iri").getValue(), Map.Entry::getKey));
        assertThat(g.vertex(idByIri.get(PUTIN)).get("label").getValue()).isEqualTo("Vladimir Putin");
        assertThat(g.vertex(idByIri.get(PUTIN)).get("wikidata").getValue()).isEqualTo("Q7747");
        assertThat(g.vertex(idByIri.get(HAMAS)).get("type").getValue()).isEqualTo("organization");
        // two seed articles report Putin inviting Hamas to Moscow
        assertThat(edge(g, idByIri.get(PUTIN), idByIri.get(HAMAS), "invitation").get("weight").getValue()).isEqualTo("2");
        Map<String, Attribute> abbasCall = edge(g, idByIri.get(ABBAS), idByIri.get(PUTIN), "call");
        assertThat(abbasCall.get("firstDate").getValue()).isEqualTo("2023-12-22");
        assertThat(edge(g, idByIri.get(HAMAS), idByIri.get(BOGDANOV), "call").get("lastDate").getValue())
                .isEqualTo("2023-12-10");
    }

    @Test
    void gexfGoesToTheOutputFileAndIsValid(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("seeds.gexf");
        CliRun run = CliRun.of("export", "--format", "gexf", "--output", file.toString(), SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote " + file);
        assertThat(tmp.resolve("seeds.gexf.part")).doesNotExist();
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        XmlSchemas.validate(xml, XmlSchemas.GEXF);

        ReimportedGraph g = ReimportedGraph.fromGexf(xml);
        assertThat(g.graph().vertexSet()).contains(PUTIN, HAMAS, BOGDANOV, ABBAS).hasSize(rows("actors").size());
        assertThat(g.vertex(BOGDANOV).get("label").getValue()).isEqualTo("Mikhail Bogdanov");
        assertThat(g.graph().getAllEdges(ABBAS, PUTIN)).hasSize(1);
        assertThat(xml).contains("source=\"" + HAMAS + "\" target=\"" + PUTIN + "\" label=\"invitation\" weight=\"2\"");
    }

    @Test
    void csvWritesNodesAndEdgesIntoTheOutputFolder(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("network").resolve("seeds");
        CliRun run = CliRun.of("export", "--format", "csv", "--output", dir.toString(), SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        int actors = rows("actors").size();
        try (Reader nodesIn = Files.newBufferedReader(dir.resolve("nodes.csv"));
             Reader edgesIn = Files.newBufferedReader(dir.resolve("edges.csv"));
             CSVParser nodes = CSVParser.parse(nodesIn, READ); CSVParser edges = CSVParser.parse(edgesIn, READ)) {
            assertThat(nodes.getHeaderNames()).containsExactly("id:ID", "name", "type:LABEL", "wikidata", "articles:int");
            assertThat(edges.getHeaderNames()).containsExactly(":START_ID", ":END_ID", ":TYPE", "kind", "weight:int",
                    "events:int", "firstDate", "lastDate");
            List<CSVRecord> nodeRows = nodes.getRecords();
            List<CSVRecord> edgeRows = edges.getRecords();
            Set<String> ids = nodeRows.stream().map(r -> r.get("id:ID")).collect(Collectors.toSet());
            assertThat(ids).contains(PUTIN, HAMAS, BOGDANOV, ABBAS).hasSize(actors);
            assertThat(edgeRows).hasSize(rows("network").size());
            for (CSVRecord e : edgeRows) {
                assertThat(ids).contains(e.get(":START_ID"), e.get(":END_ID"));
                assertThat(Integer.parseInt(e.get("weight:int"))).isPositive();
            }
            assertThat(edgeRows).extracting(e -> String.join(" ", e.get(":START_ID"), e.get(":END_ID"), e.get(":TYPE"),
                    e.get("weight:int"))).contains(HAMAS + " " + PUTIN + " INVITATION 2", ABBAS + " " + PUTIN + " CALL 1");
            assertThat(nodeRows).filteredOn(r -> r.get("id:ID").equals(PUTIN)).singleElement()
                    .satisfies(r -> assertThat(r.get("name") + "," + r.get("type:LABEL") + "," + r.get("wikidata"))
                            .isEqualTo("Vladimir Putin,person,Q7747"));
        }
        assertThat(run.err()).contains("nodes.csv (" + actors + " nodes)");
    }

    @Test
    void filtersKeepOnlyTheMatchingContactsAndTheirActors(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("calls");
        CliRun run = CliRun.of("export", "--format", "csv", "--kind", "call", "--from", "2023-12-20", "--output",
                dir.toString(), SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Reader nodesIn = Files.newBufferedReader(dir.resolve("nodes.csv"));
             Reader edgesIn = Files.newBufferedReader(dir.resolve("edges.csv"));
             CSVParser nodes = CSVParser.parse(nodesIn, READ); CSVParser edges = CSVParser.parse(edgesIn, READ)) {
            assertThat(edges.getRecords()).extracting(e -> e.get(":START_ID") + " " + e.get(":END_ID") + " " + e.get("kind"))
                    .containsExactly(ABBAS + " " + PUTIN + " call");
            assertThat(nodes.getRecords()).extracting(r -> r.get("id:ID")).containsExactlyInAnyOrder(ABBAS, PUTIN);
        }
        CliRun twoSources = CliRun.of("export", "--format", "graphml", "--min-sources", "2", SEEDS);
        assertThat(twoSources.exitCode()).as(twoSources.err()).isZero();
        assertThat(twoSources.out()).contains("Hamas", "Fatah", "Vladimir Putin").doesNotContain("Mikhail Bogdanov");

        CliRun rdf = CliRun.of("export", "--format", "turtle", "--kind", "call", SEEDS);
        assertThat(rdf.exitCode()).isEqualTo(2);
        assertThat(rdf.err()).contains("use them with --format graphml, gexf or csv");
        CliRun badDay = CliRun.of("export", "--format", "gexf", "--from", "20/12/2023", SEEDS);
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(badDay.err()).contains("--from 20/12/2023: not a day as YYYY-MM-DD");
        assertThat(CliRun.of("export", "--format", "gexf", "--kind", "lunch", SEEDS).err()).contains("use one of call");
    }

    @Test
    void csvWithoutAnOutputFolderIsAUsageError(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.of("export", "--format", "csv", SEEDS);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("--output DIR");
        assertThat(run.out()).isEmpty();

        Path file = Files.writeString(tmp.resolve("taken.txt"), "x");
        CliRun onAFile = CliRun.of("export", "--format", "csv", "--output", file.toString(), SEEDS);
        assertThat(onAFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(onAFile.err()).contains("taken.txt").contains("folder");
    }

    @Test
    void anUnknownFormatNamesTheNetworkFormatsToo() {
        CliRun run = CliRun.of("export", "--format", "dot", SEEDS);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown export format 'dot'").contains("turtle").contains("graphml, gexf or csv");
        assertThat(CliRun.of("export", "--help").out()).contains("graphml").contains("gexf").contains("csv");
    }

    /** The data rows of a canned query on the seeds, as `kabar query NAME --format csv` prints them. */
    private static List<CSVRecord> rows(String query) throws IOException {
        CliRun run = CliRun.of("query", query, "--format", "csv", SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (CSVParser p = CSVParser.parse(new StringReader(run.out()), READ)) {
            return p.getRecords();
        }
    }

    /** The attributes of the one edge of this kind between two nodes, whichever way round the file has it. */
    private static Map<String, Attribute> edge(ReimportedGraph g, String a, String b, String kind) {
        List<Map<String, Attribute>> found = new ArrayList<>();
        for (DefaultEdge e : g.graph().getAllEdges(a, b)) {
            Map<String, Attribute> attributes = g.edges().get(e);
            if (kind.equals(attributes.get("kind").getValue())) {
                found.add(attributes);
            }
        }
        assertThat(found).as(a + " - " + b + " " + kind).hasSize(1);
        return found.get(0);
    }
}
