package dev.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.kb.KnowledgeBase;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQuery;
import dev.kabar.query.Paging;
import dev.kabar.query.QueryRunner;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the ordered-listing tests share: a corpus sample in a store, a query's rows as lists of values in the order
 * of its columns, and the check that a listing gives a reference query's rows in the reference's order.
 */
final class ListingChecks {
    static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());
    private static final QueryRunner RUNNER = new QueryRunner(QueryRunner.DEFAULT_TIMEOUT_MS);

    private ListingChecks() {
    }

    /** The first {@code articles} corpus articles, loaded into the store. */
    static List<String> loadCorpusSample(KabarStore store, int articles) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.corpus(), StandardCharsets.UTF_8);
        PIPELINE.loadDocument("sample.jsonl", String.join("\n", lines.subList(0, articles))
                .getBytes(StandardCharsets.UTF_8), store, p -> { });
        return lines;
    }

    /**
     * Checks that the listing gives the reference's rows (more than {@code atLeast} of them) in the reference's
     * order, whole and for one page; returns the reference's rows.
     */
    static List<List<String>> assertSameAsReference(KabarStore store, CannedQuery listing, CannedQuery reference,
            Map<String, String> params, int atLeast, Paging page) {
        String as = params.toString();
        List<List<String>> expected = rows(store, reference, params, Paging.ALL);
        assertThat(expected).as(as).hasSizeGreaterThan(atLeast);
        assertThat(rows(store, listing, params, Paging.ALL)).as(as).isEqualTo(expected);
        int from = (int) page.offset();
        assertThat(rows(store, listing, params, page)).as(as).isEqualTo(expected.subList(from, from + (int) page.limit()));
        return expected;
    }

    /** The first column of a query's rows: the actors, speakers or entities a listing test goes through. */
    static List<String> firstColumn(KabarStore store, CannedQuery query) {
        return rows(store, query, Map.of(), Paging.ALL).stream().map(r -> r.get(0)).toList();
    }

    /** A query's rows as lists of values in the order of its columns. */
    static List<List<String>> rows(KabarStore store, CannedQuery query, Map<String, String> params, Paging paging) {
        return RUNNER.select(store.queryView(), query, params, paging, rows -> {
            List<Var> vars = rows.getResultVars();
            List<List<String>> out = new ArrayList<>();
            rows.forEachRemaining((Binding b) -> {
                List<String> row = new ArrayList<>();
                for (Var v : vars) {
                    Node n = b.get(v);
                    row.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
                out.add(row);
            });
            return out;
        });
    }
}
