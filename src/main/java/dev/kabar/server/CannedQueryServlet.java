package dev.kabar.server;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import dev.kabar.query.QueryParameterException;
import dev.kabar.query.QueryRunner;
import dev.kabar.query.ResultFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /kabar/queries/{name}?K=V}: runs a canned query with its parameters from the query string; the
 * result format comes from {@code format=} or the Accept header (SPARQL JSON by default). Errors are short
 * plain-text messages, never stack traces.
 */
final class CannedQueryServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(CannedQueryServlet.class);
    /** Request parameters of the endpoint itself, never passed to a query as its parameters. */
    private static final Set<String> RESERVED = Set.of("format", "limit", "offset");
    /** Rows of a canned query's answer when the caller gives no limit. */
    static final long DEFAULT_PAGE = 100;
    /** The most rows one answer may hold. */
    static final long MAX_PAGE = 100_000;

    private final transient DatasetGraph dataset;
    private final transient CannedQueryCatalog catalog;
    private final transient QueryRunner runner;

    CannedQueryServlet(DatasetGraph dataset, CannedQueryCatalog catalog, QueryRunner runner) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            if (wantsJson(req)) {
                listQueriesAsJson(resp);
            } else {
                listQueries(resp);
            }
            return;
        }
        CannedQuery query = catalog.get(path);
        if (query == null) {
            PlainErrors.write(resp, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + path + "'");
            return;
        }
        ResultFormat format = chooseFormat(req);
        if (format == null) {
            PlainErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format; use json, csv, tsv or table");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!RESERVED.contains(e.getKey())) {
                params.put(e.getKey(), e.getValue()[0]);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Paging paging;
        boolean more;
        try {
            paging = page(req);
            more = runner.runPage(dataset, query, params, paging, format, body);
        } catch (QueryParameterException e) {
            PlainErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            PlainErrors.write(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out");
            return;
        } catch (RuntimeException e) {
            LOG.warn("canned query {} failed", path, e);
            PlainErrors.write(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "query failed");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        if (more) {
            resp.setHeader("Link", "<" + nextPage(req, paging) + ">; rel=\"next\"");
        }
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.getOutputStream().write(body.toByteArray());
    }

    /**
     * The page asked for: {@value #DEFAULT_PAGE} rows unless {@code limit} says otherwise, at most
     * {@value #MAX_PAGE}. Lists grow with the corpus; one answer of every row would grow with it too.
     */
    private static Paging page(HttpServletRequest req) {
        Paging asked = Paging.parse(req.getParameter("limit"), req.getParameter("offset"));
        if (asked.limit() > MAX_PAGE) {
            throw new QueryParameterException("limit must be at most " + MAX_PAGE + "; page on with offset");
        }
        return asked.limit() < 0 ? new Paging(DEFAULT_PAGE, asked.offset()) : asked;
    }

    /** This request's address for the page after this one (relative, as a Link header allows). */
    private static String nextPage(HttpServletRequest req, Paging paging) {
        StringBuilder next = new StringBuilder(req.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals("limit") && !e.getKey().equals("offset")) {
                next.append(encode(e.getKey())).append('=').append(encode(e.getValue()[0])).append('&');
            }
        }
        return next.append("limit=").append(paging.limit()).append("&offset=").append(paging.offset() + paging.limit())
                .toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void listQueries(HttpServletResponse resp) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (CannedQuery q : catalog.all()) {
            sb.append(q.name());
            for (CannedQuery.Param p : q.params()) {
                sb.append(' ').append(p.name()).append("=…");
            }
            sb.append('\t').append(q.description()).append('\n');
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wantsJson(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return f.equalsIgnoreCase("json");
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    /** The catalogue with each query's text, for pages that offer the canned queries as examples. */
    private void listQueriesAsJson(HttpServletResponse resp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        for (CannedQuery q : catalog.all()) {
            ObjectNode item = list.addObject()
                    .put("name", q.name())
                    .put("title", q.title())
                    .put("description", q.description())
                    .put("sparql", q.sparql());
            ArrayNode params = item.putArray("params");
            for (CannedQuery.Param p : q.params()) {
                params.addObject().put("name", p.name()).put("description", p.description())
                        .put("default", p.defaultValue());
            }
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(json.writeValueAsBytes(list));
    }

    private static ResultFormat chooseFormat(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return ResultFormat.parse(f);
        }
        String accept = req.getHeader("Accept");
        if (accept != null) {
            for (String part : accept.split(",")) {
                ResultFormat byType = ResultFormat.parse(part.split(";")[0]);
                if (byType != null) {
                    return byType;
                }
            }
        }
        return ResultFormat.JSON;
    }
}
