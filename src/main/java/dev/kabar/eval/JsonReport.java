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
        putEntities(root, evaluation.entities());
        ObjectNode contacts = counts(root.putObject("contacts"), evaluation.contacts());
        ratio(contacts.putObject("kind_accuracy"), evaluation.kindAccuracy());
        ratio(contacts.putObject("date_accuracy"), evaluation.dateAccuracy());
        counts(root.putObject("statements"), evaluation.statements());
        root.put("boilerplate_leaks", evaluation.leaks());
        ratio(root.putObject("metadata"), evaluation.metadata());
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
        putEntities(node, a.entities());
        ObjectNode contacts = counts(node.putObject("contacts"), a.contacts());
        ratio(contacts.putObject("kind_accuracy"), a.kind());
        ratio(contacts.putObject("date_accuracy"), a.date());
        counts(node.putObject("statements"), a.statements());
        node.put("boilerplate_leaks", a.leaks());
        ratio(node.putObject("metadata"), a.metadata());
        ArrayNode findings = node.putArray("findings");
        for (Finding f : a.findings()) {
            findings.addObject().put("section", f.section()).put("issue", f.issue()).put("detail", f.detail());
        }
        return node;
    }

    private static void putEntities(ObjectNode node, Map<ScoredType, Counts> entities) {
        for (ScoredType type : ScoredType.values()) {
            counts(node.putObject(type.label()), entities.get(type));
        }
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
