package dev.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, on the five seed articles in ../shared/seeds. */
class CliEndToEndTest {
    private static final String SEEDS = SharedData.seeds().toString();

    @Test
    void whoTalkedToWhomPrintsCsvWithTheDesignColumns() {
        CliRun run = CliRun.of("query", "who-talked-to-whom", "--format", "csv", SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("a,aName,b,bName,kind,date,article,sources");
        assertThat(lines).as("contacts found in the seeds").hasSizeGreaterThan(1);
        assertThat(run.out()).contains("Vladimir Putin").contains("Mahmoud Abbas");
    }

    @Test
    void everyCannedQueryAnswersWithItsColumns() {
        for (CannedQuery q : CannedQueryCatalog.bundled().all()) {
            String[] params = q.params().stream().flatMap(p -> java.util.stream.Stream.of("--param",
                    p.name() + "=" + (p.defaultValue() != null ? p.defaultValue() : "Vladimir Putin"))).toArray(String[]::new);
            String[] args = concat(new String[] {"query", q.name(), "--format", "csv"}, params, new String[] {SEEDS});
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(q.name() + ": " + run.err()).isZero();
            assertThat(run.out().lines().findFirst()).as(q.name()).isPresent();
            assertThat(run.out().lines().count()).as(q.name() + " has rows on the seeds").isGreaterThan(1);
        }
    }

    @Test
    void designColumnsAreThePublicInterface() {
        assertThat(header("articles")).startsWith("article,title,publisher,published,url");
        assertThat(header("people")).startsWith("entity,name,articles");
        assertThat(header("organizations")).startsWith("entity,name,articles");
        assertThat(header("countries")).startsWith("entity,name,articles");
        assertThat(header("statements")).startsWith("statement,speaker,speakerName,text");
        assertThat(header("statements")).contains(",article");
    }

    @Test
    void reportsOfOneEventFromSeveralArticlesAreCountedAsSources() {
        // two of the seed articles report the same invitation of Hamas by Putin
        CliRun run = CliRun.of("query", "corroborated", "--format", "csv", SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Hamas").contains("Vladimir Putin").contains("invitation,,2,");
        CliRun strict = CliRun.of("query", "corroborated", "--param", "min=3", "--format", "csv", SEEDS);
        assertThat(strict.out().lines().count()).as("nothing has three sources").isEqualTo(1);
        CliRun bad = CliRun.of("query", "corroborated", "--param", "min=x\" } #", "--format", "csv", SEEDS);
        assertThat(bad.exitCode()).isZero();
        assertThat(bad.out().lines().count()).as("a hostile value is only a value").isEqualTo(1);
    }

    @Test
    void timelineAndNetworkDescribeAnActorsContacts() {
        CliRun timeline = CliRun.of("query", "timeline", "--param", "name=mikhail bogdanov", "--format", "csv", SEEDS);
        assertThat(timeline.out().lines().findFirst().orElse("")).isEqualTo("date,what,kind,other,otherName,text,article");
        assertThat(timeline.out()).contains("2023-12-10,contact,call").contains(",statement,");
        CliRun network = CliRun.of("query", "network", "--format", "csv", SEEDS);
        assertThat(network.out().lines().findFirst().orElse("")).startsWith("a,aName,aType,b,bName,bType,kind,sources,events,firstDate,lastDate");
        assertThat(network.out()).contains("Mahmoud Abbas,person");
    }

    @Test
    void turtleExportParsesBackToTheSameTriples() {
        CliRun turtle = CliRun.of("export", "--format", "turtle", SEEDS);
        assertThat(turtle.exitCode()).as(turtle.err()).isZero();
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.out(), Lang.TURTLE).parse(parsed);

        CliRun nquads = CliRun.of("export", "--format", "nquads", SEEDS);
        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(nquads.out())).lang(Lang.NQUADS).parse(all);
        Graph union = GraphFactory.createDefaultGraph();
        all.find().forEachRemaining(q -> union.add(q.asTriple()));

        assertThat(parsed.size()).isEqualTo(union.size()).isGreaterThan(500);
        assertThat(parsed.isIsomorphicWith(union)).isTrue();
    }

    @Test
    void trigAndJsonLdExportsParse() {
        CliRun trig = CliRun.of("export", "--format", "trig", SEEDS);
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(trig.out(), Lang.TRIG).parse(ds);
        assertThat(ds.size()).as("named graphs: 5 articles + kb + ontology").isEqualTo(7);

        CliRun jsonld = CliRun.of("export", "--format", "jsonld", SEEDS);
        assertThat(jsonld.exitCode()).as(jsonld.err()).isZero();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.out(), Lang.JSONLD).parse(g);
        assertThat(g.size()).isGreaterThan(500);
    }

    @Test
    void validateReportsThatAllSeedGraphsConform() {
        CliRun run = CliRun.of("validate", SEEDS);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // 5 articles, the knowledge base, the ontology, and the store's sources and statistics
        assertThat(run.out()).contains("all 9 graphs conform");
    }

    @Test
    void loadingTheSameFolderTwiceLeavesTheStoreUnchanged(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        CliRun first = CliRun.of("load", "--store", store.toString(), SEEDS);
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun second = CliRun.of("load", "--store", store.toString(), SEEDS);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(quads(first.out())).isPositive().isEqualTo(quads(second.out()));

        CliRun query = CliRun.of("query", "articles", "--format", "csv", "--store", store.toString());
        assertThat(query.exitCode()).as(query.err()).isZero();
        assertThat(query.out().lines().count()).isEqualTo(6);
    }

    @Test
    void reloadingAChangedArticleReplacesItsGraph(@TempDir Path tmp) throws IOException {
        Path store = tmp.resolve("store");
        Path article = tmp.resolve("in").resolve("a.txt");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "Presiden Joko Widodo bertemu dengan Presiden Xi Jinping di Beijing.");
        assertThat(CliRun.of("load", "--store", store.toString(), article.getParent().toString()).exitCode()).isZero();
        CliRun before = CliRun.of("query", "people", "--format", "csv", "--store", store.toString());
        assertThat(before.out()).contains("Xi Jinping");
        Files.writeString(article, "Presiden Joko Widodo bertemu dengan Perdana Menteri Anthony Albanese di Jakarta.");
        // the changed text has a new id (its id is its content), but it came from the same file: it replaces the old
        assertThat(CliRun.of("load", "--store", store.toString(), article.getParent().toString()).exitCode()).isZero();
        CliRun after = CliRun.of("query", "articles", "--format", "csv", "--store", store.toString());
        assertThat(after.out().lines().count()).isEqualTo(2);
        CliRun people = CliRun.of("query", "people", "--format", "csv", "--store", store.toString());
        assertThat(people.out()).contains("Anthony Albanese").doesNotContain("Xi Jinping");
    }

    @Test
    void queriesListsEveryQueryWithItsParameters() {
        CliRun run = CliRun.of("queries");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("who-talked-to-whom", "contacts-of --param name=", "statements-by --param speaker=",
                "articles", "people", "organizations", "countries", "statements", "statements-about --param name=",
                "corroborated --param min=", "timeline --param name=", "network");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        CliRun unknown = CliRun.of("query", "no-such-query", SEEDS);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines().count()).isEqualTo(1);
        assertThat(unknown.err()).contains("no canned query named 'no-such-query'");

        CliRun missingParam = CliRun.of("query", "contacts-of", SEEDS);
        assertThat(missingParam.exitCode()).isEqualTo(2);
        assertThat(missingParam.err()).contains("needs parameter 'name'");

        CliRun badOption = CliRun.of("export", "--format", "rdfxml", SEEDS);
        assertThat(badOption.exitCode()).isEqualTo(2);

        CliRun noInput = CliRun.of("query", "people");
        assertThat(noInput.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingInputIsOneLineAndAFailureWhenNothingLoads(@TempDir Path tmp) {
        CliRun run = CliRun.of("query", "people", tmp.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope.txt: no such file or folder").doesNotContain("Exception");
    }

    @Test
    void goodArticlesLoadBesideBadOnes(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("binary.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02});
        Files.writeString(tmp.resolve("empty.txt"), "");
        Files.writeString(tmp.resolve("good.txt"), "Presiden Joko Widodo bertemu dengan Presiden Xi Jinping di Beijing.");
        CliRun run = CliRun.of("query", "people", "--format", "csv", tmp.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.out()).contains("Xi Jinping");
        assertThat(run.err()).contains("binary.txt: binary content").contains("empty.txt: empty file")
                .contains("loaded 1 article, skipped 2 (1 binary, not text, 1 empty)");
    }

    @Test
    void uploadsNeedAGoodPasswordFile(@TempDir Path tmp) throws IOException {
        CliRun noFile = CliRun.of("serve", "--allow-upload", "--port", "0");
        assertThat(noFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noFile.err()).contains("--allow-upload needs --password-file");
        Path weak = tmp.resolve("weak");
        Files.writeString(weak, "editor:secret\n");
        CliRun short_ = CliRun.of("serve", "--allow-upload", "--password-file", weak.toString(), "--port", "0");
        assertThat(short_.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(short_.err()).contains(weak + ": the password must have at least 12 characters");
        CliRun missing = CliRun.of("serve", "--allow-upload", "--password-file", tmp.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("cannot read the password file");
        CliRun unused = CliRun.of("serve", "--password-file", weak.toString());
        assertThat(unused.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.of("--version").out()).startsWith("kabar ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve", "load", "query", "queries", "export", "validate");
        assertThat(CliRun.of("load", "--help").out()).contains("--store");
    }

    @Test
    void serveRefusesACorsValueThatIsNoOrigin() {
        CliRun bad = CliRun.of("serve", "--cors", "app.example/path", "--port", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--cors", "not a web origin");
        assertThat(CliRun.of("serve", "--help").out()).contains("--cors");
    }

    private static String header(String query) {
        CliRun run = CliRun.of("query", query, "--format", "csv", SEEDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().findFirst().orElse("");
    }

    private static long quads(String loadOutput) {
        String n = loadOutput.replaceAll("(?s).*\\((\\d+) quads in store\\).*", "$1");
        return Long.parseLong(n.strip());
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
