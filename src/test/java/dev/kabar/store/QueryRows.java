package dev.kabar.store;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.Paging;
import dev.kabar.query.QueryRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** A query's rows as lists of values in the order of its columns, for comparing two queries' answers. */
final class QueryRows {
    private static final QueryRunner RUNNER = new QueryRunner(QueryRunner.DEFAULT_TIMEOUT_MS);

    private QueryRows() {
    }

    static List<List<String>> of(KabarStore store, CannedQuery query, Map<String, String> params, Paging paging) {
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
