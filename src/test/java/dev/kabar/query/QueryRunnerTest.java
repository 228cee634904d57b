package dev.kabar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    private static final CannedQuery BY_NAME = CannedQueryCatalog.parse("by-name", """
            # title: By name
            # description: things named exactly so
            # @param name the name
            SELECT ?s WHERE { ?s <urn:x:name> ?n . FILTER(STR(?n) = STR(?param_name)) }
            """);

    @Test
    void parsesHeaders() {
        assertThat(BY_NAME.title()).isEqualTo("By name");
        assertThat(BY_NAME.description()).isEqualTo("things named exactly so");
        assertThat(BY_NAME.params()).containsExactly(new CannedQuery.Param("name", "the name"));
    }

    @Test
    void parameterValuesAreDataNeverQueryText() {
        DatasetGraph ds = DatasetGraphFactory.create();
        ds.getDefaultGraph().add(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:name"),
                NodeFactory.createLiteralString("Ali"));
        String[] hostile = {"Ali\") || true || (\"", "Ali\" } ; DROP ALL ; #", "x > 1 }\nSELECT * {", "\\u0022) #", "Ali'"};
        for (String value : hostile) {
            assertThat(run(ds, value)).as(value).doesNotContain("urn:x:a");
        }
        assertThat(run(ds, "Ali")).contains("urn:x:a");
    }

    @Test
    void missingAndUnknownParametersAreUsageErrors() {
        DatasetGraph ds = DatasetGraphFactory.create();
        assertThatThrownBy(() -> run(ds, Map.of())).isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("needs parameter 'name'");
        assertThatThrownBy(() -> run(ds, Map.of("name", "a", "other", "b"))).isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("has no parameter 'other'");
    }

    @Test
    void aTimeoutIsAnErrorNotAnEmptyResult() {
        DatasetGraph ds = numbered(300);
        CannedQuery slow = CannedQueryCatalog.parse("slow", "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new QueryRunner(50).run(ds, slow, Map.of(), ResultFormat.CSV, out))
                .isInstanceOf(org.apache.jena.query.QueryCancelledException.class);
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void pagingStaysWithinACannedLimitAndRejectsNonsense() {
        DatasetGraph ds = numbered(9);
        CannedQuery firstFive = CannedQueryCatalog.parse("five", "SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 5");
        assertThat(page(ds, firstFive, new Paging(10, 3))).containsExactly("urn:x:s3", "urn:x:s4");
        assertThat(page(ds, firstFive, new Paging(1, 1))).containsExactly("urn:x:s1");
        assertThat(page(ds, firstFive, new Paging(10, 7))).isEmpty();
        assertThatThrownBy(() -> Paging.parse("0", null)).isInstanceOf(QueryParameterException.class);
        assertThatThrownBy(() -> Paging.parse("10", "-1")).isInstanceOf(QueryParameterException.class);
        assertThatThrownBy(() -> Paging.parse("ten", null)).isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("whole number");
    }

    /** A dataset of n triples urn:x:s{i} urn:x:p "v{i}". */
    private static DatasetGraph numbered(int n) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (int i = 0; i < n; i++) {
            ds.getDefaultGraph().add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        return ds;
    }

    private static java.util.List<String> page(DatasetGraph ds, CannedQuery q, Paging paging) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(5_000).run(ds, q, Map.of(), paging, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    private static String run(DatasetGraph ds, String name) {
        return run(ds, Map.of("name", name));
    }

    private static String run(DatasetGraph ds, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(5_000).run(ds, BY_NAME, params, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
