package dev.kabar.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;

/**
 * Runs canned queries. Parameter values are bound as RDF literals on the parsed query (variable
 * {@code ?param_NAME}), never spliced into the query text, so no value can change the query's meaning.
 */
public final class QueryRunner {
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    /** For batch work a user asked for (exports): ARQ takes a negative timeout as none. */
    public static final long NO_TIMEOUT = -1;
    private static final String PARAM_PREFIX = "param_";

    private final long timeoutMs;

    public QueryRunner(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /** Runs the query and writes its results, inside one read transaction. */
    public void run(DatasetGraph dataset, CannedQuery query, Map<String, String> params, ResultFormat format,
                    OutputStream out) {
        run(dataset, query, params, Paging.ALL, format, out);
    }

    /** Runs the query for one page of its rows (in the query's own order) and writes them. */
    public void run(DatasetGraph dataset, CannedQuery query, Map<String, String> params, Paging paging,
                    ResultFormat format, OutputStream out) {
        select(dataset, query, params, paging, rows -> {
            write(rows, format, out);
            return null;
        });
    }

    /**
     * Runs the query for one page of at most {@code paging.limit()} rows (a limit is required) and writes them;
     * returns whether rows follow the page, found by asking for one row more than it shows.
     */
    public boolean runPage(DatasetGraph dataset, CannedQuery query, Map<String, String> params, Paging paging,
            ResultFormat format, OutputStream out) {
        if (paging.limit() < 0) {
            throw new IllegalArgumentException("a page needs a limit");
        }
        return select(dataset, query, params, new Paging(paging.limit() + 1, paging.offset()), rows -> {
            List<Var> vars = rows.getResultVars();
            List<Binding> page = new ArrayList<>();
            rows.forEachRemaining(page::add);
            boolean more = page.size() > paging.limit();
            write(RowSetStream.create(vars, page.subList(0, (int) Math.min(page.size(), paging.limit())).iterator()),
                    format, out);
            return more;
        });
    }

    /**
     * Runs the query and hands all its rows to {@code reader} inside the same read transaction (a TDB2 row may
     * still refer to the store's node table, so rows must be read before the transaction ends); joins the
     * caller's transaction when there is one.
     */
    public <T> T select(DatasetGraph dataset, CannedQuery query, Map<String, String> params, Function<RowSet, T> reader) {
        return select(dataset, query, params, Paging.ALL, reader);
    }

    /** As {@link #select(DatasetGraph, CannedQuery, Map, Function)}, for one page of the query's rows. */
    public <T> T select(DatasetGraph dataset, CannedQuery query, Map<String, String> params, Paging paging,
            Function<RowSet, T> reader) {
        Query parsed = QueryFactory.create(query.sparql());
        if (!paging.isAll()) {
            page(parsed, paging);
        }
        Binding binding = bind(query, params);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(parsed).substitution(binding)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                // all rows first: a timeout must fail the call, not leave a header that looks like "no results"
                return reader.apply(exec.select().materialize());
            }
        });
    }

    /** A page of the query's own page, if it has one: a canned LIMIT is a ceiling the caller cannot raise. */
    private static void page(Query parsed, Paging paging) {
        long ownOffset = parsed.hasOffset() ? parsed.getOffset() : 0;
        long ownLimit = parsed.hasLimit() ? parsed.getLimit() : -1;
        long limit = paging.limit();
        if (ownLimit >= 0) {
            long left = Math.max(0, ownLimit - paging.offset());
            limit = limit < 0 ? left : Math.min(limit, left);
        }
        parsed.setOffset(ownOffset + paging.offset());
        // LIMIT 0 is a valid empty page past the canned ceiling
        parsed.setLimit(limit < 0 ? Query.NOLIMIT : limit);
    }

    /** Checks the parameters against the query's declared ones and makes the binding. */
    static Binding bind(CannedQuery query, Map<String, String> params) {
        Map<String, String> remaining = new LinkedHashMap<>(params);
        BindingBuilder b = BindingBuilder.create();
        for (CannedQuery.Param p : query.params()) {
            String value = remaining.remove(p.name());
            if (value == null) {
                value = p.defaultValue();
            }
            if (value == null) {
                throw new QueryParameterException("query '" + query.name() + "' needs parameter '" + p.name()
                        + "' (" + p.description() + ")");
            }
            b.add(Var.alloc(PARAM_PREFIX + p.name()), NodeFactory.createLiteralString(value));
        }
        if (!remaining.isEmpty()) {
            throw new QueryParameterException("query '" + query.name() + "' has no parameter '"
                    + remaining.keySet().iterator().next() + "'" + (query.params().isEmpty() ? "" : "; it takes: "
                    + String.join(", ", query.params().stream().map(CannedQuery.Param::name).toList())));
        }
        return b.build();
    }

    public static void write(RowSet rows, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSet rs = ResultSet.adapt(rows);
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            ResultSetFormatter.out(ps, rs, dev.kabar.rdf.Vocab.prefixes());
            ps.flush();
        } else {
            ResultSetMgr.write(out, ResultSet.adapt(rows), format.lang());
        }
    }
}
