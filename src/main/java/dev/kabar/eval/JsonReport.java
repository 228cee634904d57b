package dev.kabar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The evaluation as one JSON object, for scripts and tests: the same numbers as the table, unrounded
 * (null where the table prints "-"), and with --verbose the findings per article.
 */
public final class JsonReport {
    private final ObjectMapper mapper = new ObjectMapper();

    public void write(Evaluation evaluation, boolean verbose, PrintWriter out) {
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", evaluation.articles().size());
        scores(root, evaluation.entities(), evaluation.contacts(), evaluation.kindAccuracy(), evaluation.dateAccuracy(),
                evaluation.statements(), evaluation.leaks(), evaluation.metadata());
        ArrayNode skipped = root.putArray("skipped");
        evaluation.skipped().forEach(skipped::add);
        if (verbose) {
            ArrayNode details = root.putArray("details");
            for (ArticleScore a : evaluation.articles()) {
                details.add(article(a));
            }
        }
        try {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private ObjectNode article(ArticleScore a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("gold", a.goldFile());
        node.put("article", a.articleFile());
        scores(node, a.entities(), a.contacts(), a.kind(), a.date(), a.statements(), a.leaks(), a.metadata());
        ArrayNode findings = node.putArray("findings");
        for (Finding f : a.findings()) {
            findings.addObject().put("section", f.section()).put("issue", f.issue()).put("detail", f.detail());
        }
        return node;
    }

    /** The same fields for the totals and for each article, so the two cannot drift apart. */
    private static void scores(ObjectNode node, Map<ScoredType, Counts> entities, Counts contacts, Ratio kind, Ratio date,
                               Counts statements, int leaks, Ratio metadata) {
        for (ScoredType type : ScoredType.values()) {
            counts(node.putObject(type.label()), entities.get(type));
        }
        ObjectNode contactNode = counts(node.putObject("contacts"), contacts);
        ratio(contactNode.putObject("kind_accuracy"), kind);
        ratio(contactNode.putObject("date_accuracy"), date);
        counts(node.putObject("statements"), statements);
        node.put("boilerplate_leaks", leaks);
        ratio(node.putObject("metadata"), metadata);
    }

    private static ObjectNode counts(ObjectNode node, Counts c) {
        node.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
        node.put("precision", c.precision());
        node.put("recall", c.recall());
        node.put("f1", c.f1());
        return node;
    }

    private static void ratio(ObjectNode node, Ratio r) {
        node.put("correct", r.correct()).put("total", r.total());
        node.put("value", r.value());
    }
}
