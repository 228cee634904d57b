package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.cli.Kabar;
import dev.kabar.support.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the 20 corpus articles annotated blind (src/test/resources/heldout): the scores may
 * only go up. The floors are the measured scores, rounded down.
 */
class HeldOutEvaluationTest {
    private static final Map<String, Double> F1_FLOORS = Map.of(
            "people", 0.88, "organizations", 0.80, "countries", 0.95, "statements", 0.75);

    @Test
    void scoresDoNotFallBelowWhatWasMeasured() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kabar.execute(new String[] {"evaluate", "src/test/resources/heldout", "--articles",
                SharedData.corpus().toString(), "--format", "json"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        System.out.println(result.toPrettyString());
        assertThat(result.path("articles").asInt()).isEqualTo(20);
        SoftAssertions soft = new SoftAssertions();
        F1_FLOORS.forEach((type, floor) -> soft.assertThat(result.path(type).path("f1").asDouble())
                .as(type + " F1").isGreaterThanOrEqualTo(floor));
        soft.assertThat(result.path("boilerplate_leaks").asInt()).as("leaks").isZero();
        soft.assertThat(result.path("metadata").path("correct").asInt()).as("metadata correct").isGreaterThanOrEqualTo(39);
        soft.assertAll();
    }
}
