package dev.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.article.Article;
import dev.kabar.article.ArticleIds;
import dev.kabar.article.ArticleSource;
import dev.kabar.article.GivenMetadata;
import dev.kabar.article.ReadProblem;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.Vocab;
import dev.kabar.store.KabarStore;
import dev.kabar.store.NamedGraph;
import dev.kabar.support.GraphAssert;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Random and mutated inputs through the whole pipeline (bytes on disk → reader → extractor → RDF → store):
 * nothing may throw, every problem is reported with an origin and a reason, every article graph conforms to
 * the SHACL shapes and every NIF offset points at the text it claims to anchor. jqwik reports the seed of a
 * failing run and shrinks the input; the next run retries the failing sample first (.jqwik-database), and
 * {@code @Property(seed = "...")} replays a reported seed.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());
    private static final List<String> SEEDS = seedTexts();
    private static final Path TMP = tempDir();

    // ---------------------------------------------------------------------------------------------------------
    // properties: the full path from bytes in a file

    @Property(tries = 200)
    void randomBytesInAnyFormat(@ForAll("bytes") byte[] bytes, @ForAll("extension") String ext) {
        loadAndCheck(bytes, ext);
    }

    @Property(tries = 200)
    void randomUnicodeText(@ForAll("unicodeText") String text, @ForAll("extension") String ext,
                           @ForAll boolean utf16) {
        byte[] bytes = utf16 ? utf16WithBom(text) : text.getBytes(StandardCharsets.UTF_8);
        loadAndCheck(bytes, ext);
    }

    @Property(tries = 100)
    void mutatedSeedArticles(@ForAll("mutatedSeed") String text, @ForAll("byteCut") double cut,
                             @ForAll("textOrHtml") String ext) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (cut < 1.0) {
            // truncate the bytes, often inside a multi-byte UTF-8 sequence
            bytes = Arrays.copyOf(bytes, (int) (bytes.length * cut));
        }
        loadAndCheck(bytes, ext);
    }

    @Property(tries = 100)
    void htmlTagSoup(@ForAll("tagSoup") String html) {
        loadAndCheck(html.getBytes(StandardCharsets.UTF_8), "html");
    }

    @Property(tries = 100)
    void jsonLines(@ForAll("jsonl") String lines) {
        loadAndCheck(lines.getBytes(StandardCharsets.UTF_8), "jsonl");
    }

    // ---------------------------------------------------------------------------------------------------------
    // properties: the in-memory path, where texts may hold what no decoder lets through (lone surrogates, NUL)

    @Property(tries = 200)
    void inMemoryRandomText(@ForAll("unicodeText") String text, @ForAll("given") GivenMetadata given) {
        graphOfAndCheck(text, given);
    }

    @Property(tries = 100)
    void inMemoryMutatedSeed(@ForAll("mutatedSeed") String text, @ForAll("given") GivenMetadata given) {
        graphOfAndCheck(text, given);
    }

    // ---------------------------------------------------------------------------------------------------------
    // checks

    private static void loadAndCheck(byte[] bytes, String ext) {
        Path file = write(bytes, ext);
        try {
            List<ReadProblem> problems = new ArrayList<>();
            KabarStore store = KabarStore.inMemory();
            LoadReport report = PIPELINE.load(List.of(file), store, problems::add);

            assertThat(problems).as("problems told as they happen = problems in the report")
                    .containsExactlyElementsOf(report.problems());
            for (ReadProblem p : problems) {
                assertThat(p.reason()).as("problem %s", p)
                        .doesNotStartWith("extraction failed")
                        .isNotBlank();
                assertThat(p.origin()).as("origin of problem %s", p).isNotBlank();
            }

            // The texts the reader hands over, by article id (a later duplicate replaces an earlier one, as in
            // the store). Reading is deterministic, so this is what the pipeline extracted from.
            ArticleSource.Collected read = new ArticleSource().collect(List.of(file));
            assertThat(report.loaded()).as("articles loaded").isEqualTo(read.articles().size());
            Map<String, String> textById = new LinkedHashMap<>();
            read.articles().forEach(a -> textById.put(Vocab.articleIri(a.id()), a.text()));

            List<Node> articleGraphs = store.graphNames().stream()
                    .filter(n -> !n.equals(Vocab.KB_GRAPH) && !n.equals(Vocab.ONTOLOGY_GRAPH)
                            && !n.equals(Vocab.SOURCES_GRAPH) && !n.equals(Vocab.STATS_GRAPH))
                    .toList();
            assertThat(articleGraphs).as("article graphs").hasSize(textById.size());
            for (Node name : articleGraphs) {
                String text = textById.get(name.getURI());
                assertThat(text).as("text of graph %s", name).isNotNull();
                Graph g = store.copyOf(name);
                GraphAssert.assertConforms(g, name.getURI());
                checkOffsets(g, text);
                Statistics.label("graphs").collect(content(g));
            }
            Statistics.label("outcome").collect(report.loaded() == 0 ? "nothing loaded"
                    : problems.isEmpty() ? "loaded" : "loaded, some skipped");
        } finally {
            delete(file);
        }
    }

    private static void graphOfAndCheck(String text, GivenMetadata given) {
        Article article = new Article(ArticleIds.of(null, given.url(), text), "fuzz:memory", text, given);
        NamedGraph ng = PIPELINE.graphOf(article);
        assertThat(ng.name().getURI()).isEqualTo(Vocab.articleIri(article.id()));
        GraphAssert.assertConforms(ng.graph(), "graph of " + article.id());
        checkOffsets(ng.graph(), text);
        Statistics.label("graphs").collect(content(ng.graph()));
    }

    /** What a graph holds beyond the article node, for the statistics jqwik prints (is the fuzzing deep?). */
    private static String content(Graph g) {
        boolean statements = g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.STATEMENT);
        boolean contacts = g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.CONTACT);
        boolean mentions = g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.NIF_PHRASE);
        return contacts ? "contacts" : statements ? "statements" : mentions ? "mentions" : "bare";
    }

    /** Every NIF string lies inside the text, and its nif:anchorOf is exactly the text between its offsets. */
    private static void checkOffsets(Graph g, String text) {
        List<Triple> begins = g.find(Node.ANY, Vocab.BEGIN_INDEX, Node.ANY).toList();
        assertThat(begins).as("NIF strings (at least the context)").isNotEmpty();
        for (Triple t : begins) {
            Node s = t.getSubject();
            int begin = intOf(t.getObject());
            int end = intOf(single(g, s, Vocab.END_INDEX));
            if (g.contains(s, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.NIF_CONTEXT)) {
                assertThat(begin).as("context begin").isZero();
                assertThat(end).as("context end = text length").isEqualTo(text.length());
                continue;
            }
            assertThat(begin).as("begin of %s", s).isBetween(0, text.length());
            assertThat(end).as("end of %s", s).isBetween(begin + 1, text.length());
            String anchor = single(g, s, Vocab.ANCHOR_OF).getLiteralLexicalForm();
            assertThat(anchor).as("anchorOf %s", s).isEqualTo(text.substring(begin, end));
        }
    }

    private static Node single(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertThat(ts).as("%s of %s", p.getLocalName(), s).hasSize(1);
        return ts.get(0).getObject();
    }

    private static int intOf(Node literal) {
        return Integer.parseInt(literal.getLiteralLexicalForm());
    }

    // ---------------------------------------------------------------------------------------------------------
    // generators

    /** Pieces that stress text handling: case mappings that change length, marks, bidi, BOMs, controls. */
    private static final List<String> ODD = List.of(
            "\u0301", "e\u0301", "\u0300\u0323", "\u05D0\u05D1", "\u0627\u0644\u0639", "\u200F", "\u202E", "\u202C",
            "\uD83D\uDE00", "\uD83C\uDDEE\uD83C\uDDE9", "\u200D", "\u200B", "\uFEFF", "\u00A0", "\u2028", "\u2029",
            "\u0085", "\r", "\r\n", "\n", "\n\n", "\t", "\u000B", "\u000C", "\u0001", "\u001F", "\u007F",
            "\u0130", "\u0131", "\u00DF", "\uFB01", "\u1E9E", "\u01C5", "\uFF11\uFF12", "\u0663", "\u2026", "\u2014",
            "\u2013", "\u00AD", "\uFFFD", "\uFFFF", "\uD800", "\uDC00");
    private static final List<String> QUOTES = List.of("\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB",
            "\u00BB", "\"\"", "\u201C\u201C");
    private static final List<String> PUNCT = List.of("(", ")", ":", ";", ",", ".", "!", "?", "-", " - ", "/",
            "...", "&", "@", "#", "[", "]", "{", "}", "<", ">", "*", "_", "\\");
    private static final List<String> WORDS = List.of("Presiden", "Menteri", "kata", "bertemu", "menelepon",
            "mengatakan", "ujar", "ungkap", "menurut", "Jokowi", "Joko Widodo", "Prabowo", "Putin", "Gubernur",
            "Kapolri", "Wakil", "Ketua", "DPR", "KPK", "Jakarta", "Indonesia", "Amerika Serikat", "di", "dan",
            "yang", "dengan", "pada", "Senin", "Selasa", "(1/2/2024)", "Januari", "2024", "kemarin", "Pak", "Bu",
            "Dr.", "H.", "S.H.", "M.Si", "JAKARTA", "KOMPAS.com", "Reporter:", "Editor:", "Sumber:", "Baca juga:",
            "bin", "al-", "van", "de", "Ir.", "Prof.", "Jenderal", "TNI", "Polri", "PT", "Tbk", "Kementerian",
            "melalui", "sambungan", "telepon", "rapat", "bersama", "menyatakan", "menegaskan", "menjelaskan");

    @Provide
    Arbitrary<String> extension() {
        return Arbitraries.of("txt", "html", "jsonl");
    }

    @Provide
    Arbitrary<String> textOrHtml() {
        return Arbitraries.of("txt", "txt", "html");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> anyByte = Arbitraries.bytes();
        Arbitrary<Byte> textish = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
                Tuple.of(2, anyByte),
                Tuple.of(1, Arbitraries.of((byte) '\n', (byte) '\r', (byte) '"', (byte) '{', (byte) '}', (byte) '<',
                        (byte) '>', (byte) 0xE2, (byte) 0x80, (byte) 0x9C, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                        (byte) 0xFE, (byte) 0xFF)));
        return Arbitraries.oneOf(anyByte.array(byte[].class).ofMaxSize(1500),
                textish.array(byte[].class).ofMaxSize(1500));
    }

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(WORDS)),
                Tuple.of(6, Arbitraries.just(" ")),
                Tuple.of(3, Arbitraries.of(PUNCT)),
                Tuple.of(3, Arbitraries.of(QUOTES)),
                Tuple.of(3, Arbitraries.of(ODD)),
                Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6)),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(3)));
        return piece.list().ofMaxSize(250).map(ps -> String.join("", ps));
    }

    /** A seed article with a handful of random edits; the generated value is the edit list, so it shrinks. */
    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, SEEDS.size() - 1);
        Arbitrary<List<Edit>> edits = edit().list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(seed, edits).as((s, es) -> {
            StringBuilder sb = new StringBuilder(SEEDS.get(s));
            for (Edit e : es) {
                e.apply(sb);
            }
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<Double> byteCut() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.0, 1.0)));
    }

    private enum Op { DELETE, DUPLICATE, SWAP, INSERT, TRUNCATE }

    /** One edit at relative positions (0..1), so the same edit applies to any text length. */
    private record Edit(Op op, double at, double at2, double len, String insert) {
        void apply(StringBuilder sb) {
            int n = sb.length();
            int i = (int) (at * n);
            int span = Math.min(n - i, (int) (len * 200));
            switch (op) {
                case DELETE -> sb.delete(i, i + span);
                case DUPLICATE -> sb.insert(i, sb.substring(i, i + span));
                case SWAP -> {
                    int j = (int) (at2 * n);
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    int k = Math.min(span, b - a);
                    int l = Math.min(span, n - b);
                    String first = sb.substring(a, a + k);
                    String second = sb.substring(b, b + l);
                    sb.replace(b, b + l, first);
                    sb.replace(a, a + k, second);
                }
                case INSERT -> sb.insert(i, insert);
                case TRUNCATE -> sb.setLength(i);
            }
        }
    }

    private static Arbitrary<Edit> edit() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Op.DELETE)),
                Tuple.of(2, Arbitraries.just(Op.DUPLICATE)),
                Tuple.of(2, Arbitraries.just(Op.SWAP)),
                Tuple.of(6, Arbitraries.just(Op.INSERT)),
                Tuple.of(1, Arbitraries.just(Op.TRUNCATE)));
        Arbitrary<Double> pos = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(QUOTES), Arbitraries.of(PUNCT),
                Arbitraries.of(WORDS).map(w -> " " + w + " "), Arbitraries.of(WORDS), Arbitraries.of(ODD),
                Arbitraries.of("\n", "\n\n", ", ", ": ", " (", ") "),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
        return Combinators.combine(op, pos, pos, pos, insert).as(Edit::new);
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> seedSlice = Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 400)).as((s, at, len) -> {
                    String t = SEEDS.get(s);
                    int i = (int) (at * t.length());
                    return t.substring(i, Math.min(t.length(), i + len));
                });
        Arbitrary<String> tag = Arbitraries.of("<html>", "</html>", "<head>", "</head>", "<body>", "</body>",
                "<title>", "</title>", "<p>", "</p>", "<br>", "<br/>", "<div>", "</div>", "<article>", "</article>",
                "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<table><tr><td><table><tr><td>",
                "<script>", "</script>", "<script>var s = \"</p>\";", "<style>", "</style>", "<style>p{}",
                "<noscript>", "<nav>", "<header><nav>", "<form>", "<svg><text>", "<iframe>", "<template>",
                "<blockquote>", "<li>", "<ul>", "<ol>", "<h1>", "</h1>", "<pre>", "<span>", "</span>", "<b>", "<i>",
                "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<a href=\"",
                "\">", "<", ">", "</", "<p", "<meta property=\"og:title\" content=\"", "<meta name=\"date\" content=\"",
                "<meta property=\"article:published_time\" content=\"", "<meta property=\"og:site_name\" content=\"",
                "<meta property=\"og:url\" content=\"", "<link rel=\"canonical\" href=\"", "\">");
        Arbitrary<String> entity = Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#8220;", "&#x201D;",
                "&#0;", "&#xD800;", "&#x1F600;", "&#1114112;", "&bogus;", "&", "&#", "&#x;", "&ldquo;", "&rdquo;",
                "&shy;", "&zwj;", "&#13;", "&#x85;");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, tag),
                Tuple.of(3, entity),
                Tuple.of(4, Arbitraries.of(WORDS).map(w -> w + " ")),
                Tuple.of(2, seedSlice),
                Tuple.of(1, Arbitraries.of(ODD)),
                Tuple.of(1, Arbitraries.of(QUOTES)),
                Tuple.of(1, Arbitraries.of("2024-01-31", "2024-13-45T99:00:00Z", "31 Januari 2024",
                        "https://example.com/a", "https://example.com/a b", "https://x/<y>", "http://", "+10000-01-01",
                        "-0001-01-01", "2024-02-30", "1970-01-01T00:00:00+25:00")));
        return piece.list().ofMaxSize(120).map(ps -> String.join("", ps));
    }

    @Provide
    Arbitrary<String> jsonl() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(6, jsonObject()),
                Tuple.of(2, jsonObject().map(s -> s.substring(0, s.length() / 2))),
                Tuple.of(1, Arbitraries.of("", " ", "\t", "[]", "[1,2]", "\"body\"", "42", "null",
                        "true", "{", "}", "{\"body\":", "{\"body\": \"a\"} trailing", "{\"body\": \"a\"}{\"body\": \"b\"}",
                        "\uFEFF{\"body\": \"Presiden bertemu Menteri.\"}", "{'body': 'single quotes'}",
                        "{\"body\": \"\\uD800 lone\"}", "{\"body\": \"\\u0000 nul\"}", "{\"body\": \"a\\rb\\r\\nc\"}",
                        "{\"body\": " + "[".repeat(3000) + "]".repeat(3000) + "}")),
                Tuple.of(1, unicodeText()));
        Arbitrary<String> eol = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r", "\n\n");
        return Combinators.combine(line, eol).as((l, e) -> l + e).list().ofMinSize(1).ofMaxSize(6)
                .map(ls -> String.join("", ls));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Arbitrary<String> jsonObject() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                odd(),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just((Object) null),
                Arbitraries.just((Object) List.of("Presiden", 1, Map.of("nested", List.of()))),
                Arbitraries.just((Object) Map.of("text", "Presiden bertemu Menteri", "n", 2.5)));
        Arbitrary<Object> body = Arbitraries.frequencyOf(
                Tuple.of(4, mutatedSeed().map(s -> (Object) s)),
                Tuple.of(3, unicodeText().map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.of("", " ", "\n\n").map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.integers().between(10, 80)
                        .map(n -> (Object) String.join("\n", java.util.Collections.nCopies(n, SEEDS.get(n % SEEDS.size())))))
                ,
                Tuple.of(1, value));
        Arbitrary<Object> id = Arbitraries.oneOf(value, Arbitraries.of("a", "A-1.b_c", "-x", ".", "a/b", "a b",
                "x".repeat(200), "\u00E9t\u00E9", "123").map(s -> (Object) s));
        Arbitrary<Object> date = Arbitraries.oneOf(value, Arbitraries.of("2017-03-28", "2017-13-45", "+10000-01-01",
                "31 Januari 2024", "Senin, 1/2/2024 10:00 WIB", "2024-02-30", "0000-01-01", "99999-12-31",
                "2024-01-31T10:00:00+07:00", "2024-01-31T24:00:00Z", "").map(s -> (Object) s));
        Arbitrary<Object> url = Arbitraries.oneOf(value, Arbitraries.of("https://example.com/a",
                "https://example.com/a b", "https://x/<y>", "http://", "HTTPS://E.COM/\"q\"", "https://e.com/{x}|^`",
                "ftp://x", " https://e.com/ ", "https://e.com/\u00E9").map(s -> (Object) s));
        Arbitrary<Object> meta = Arbitraries.oneOf(value, Arbitraries.of("kompas", "detik", "", " ", "Kompas.com")
                .map(s -> (Object) s));
        return Combinators.combine(body, id, date, url, meta, meta, Arbitraries.integers().between(0, 63))
                .as((b, i, d, u, title, source, present) -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    if ((present & 1) != 0) {
                        o.set("body", JSON.valueToTree(b));
                    }
                    if ((present & 2) != 0) {
                        o.set("id", JSON.valueToTree(i));
                    }
                    if ((present & 4) != 0) {
                        o.set("date", JSON.valueToTree(d));
                    }
                    if ((present & 8) != 0) {
                        o.set("url", JSON.valueToTree(u));
                    }
                    if ((present & 16) != 0) {
                        o.set("title", JSON.valueToTree(title));
                    }
                    if ((present & 32) != 0) {
                        o.set("source", JSON.valueToTree(source));
                    }
                    return o.toString();
                });
    }

    private Arbitrary<Object> odd() {
        return Arbitraries.of(ODD).map(s -> (Object) s);
    }

    @Provide
    Arbitrary<GivenMetadata> given() {
        Arbitrary<String> any = Arbitraries.oneOf(Arbitraries.just((String) null), unicodeText().map(s -> s.length() > 60
                ? s.substring(0, 60) : s), Arbitraries.of(ODD));
        Arbitrary<String> date = Arbitraries.oneOf(any, Arbitraries.of("2017-03-28", "+10000-01-01", "2024-02-30",
                "31 Januari 2024", "2024-01-31T10:00:00+07:00", "99999-12-31"));
        Arbitrary<String> url = Arbitraries.oneOf(any, Arbitraries.of("https://example.com/a", "https://x/<y>",
                "https://e.com/{x}|^`", "HTTPS://E.COM/\"q\"", "https://e.com/\u00E9\uD800"));
        return Combinators.combine(any, any, date, url).as(GivenMetadata::new);
    }

    // ---------------------------------------------------------------------------------------------------------
    // plumbing

    private static byte[] utf16WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static Path write(byte[] bytes, String ext) {
        try {
            Path file = Files.createTempFile(TMP, "fuzz", "." + ext);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("kabar-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeTempDir() throws IOException {
        Files.deleteIfExists(TMP);
    }

    private static List<String> seedTexts() {
        try (Stream<Path> s = Files.list(SharedData.seeds())) {
            List<String> texts = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            assertThat(texts).as("seed articles").isNotEmpty();
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
