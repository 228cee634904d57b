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
 * Regression guard on the corpus articles annotated blind (src/test/resources/heldout and heldout-politics):
 * the scores may only go up. The floors are the measured scores, rounded down.
 */
class HeldOutEvaluationTest {
    private static final Map<String, Double> F1_FLOORS = Map.of(
            "people", 0.88, "organizations", 0.80, "countries", 0.95, "statements", 0.75);

    private static final Map<String, Double> POLITICS_F1_FLOORS = Map.of(
            "people", 0.85, "organizations", 0.83, "countries", 0.95, "statements", 0.78, "contacts", 0.68);

    private static final Map<String, Double> POLITICS_2_F1_FLOORS = Map.of(
            "people", 0.85, "organizations", 0.82, "countries", 0.95, "statements", 0.83);

    /** Measured blind: the floors are exactly what the first measurement gave, rounded down. */
    private static final Map<String, Double> INTERNATIONAL_F1_FLOORS = Map.of(
            "people", 0.91, "organizations", 0.82, "countries", 0.99, "statements", 0.79, "contacts", 0.52);

    @Test
    void scoresDoNotFallBelowWhatWasMeasured() throws Exception {
        check("src/test/resources/heldout", F1_FLOORS, 39);
    }

    @Test
    void politicsScoresDoNotFallBelowWhatWasMeasured() throws Exception {
        check("src/test/resources/heldout-politics", POLITICS_F1_FLOORS, 40);
    }

    @Test
    void secondPoliticsSetScoresDoNotFallBelowWhatWasMeasured() throws Exception {
        check("src/test/resources/heldout-politics-2", POLITICS_2_F1_FLOORS, 30);
    }

    @Test
    void internationalScoresDoNotFallBelowWhatWasMeasuredBlind() throws Exception {
        check("src/test/resources/heldout-international", INTERNATIONAL_F1_FLOORS, 29);
    }

    private static void check(String goldDir, Map<String, Double> floors, int metadataCorrect) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kabar.execute(new String[] {"evaluate", goldDir, "--articles",
                SharedData.corpus().toString(), "--format", "json"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        System.out.println(result.toPrettyString());
        assertThat(result.path("articles").asInt()).as("gold files scored").isGreaterThanOrEqualTo(15);
        SoftAssertions soft = new SoftAssertions();
        floors.forEach((type, floor) -> soft.assertThat(result.path(type).path("f1").asDouble())
                .as(goldDir + " " + type + " F1").isGreaterThanOrEqualTo(floor));
        soft.assertThat(result.path("boilerplate_leaks").asInt()).as("leaks").isZero();
        soft.assertThat(result.path("metadata").path("correct").asInt()).as("metadata correct").isGreaterThanOrEqualTo(metadataCorrect);
        soft.assertAll();
    }
}
