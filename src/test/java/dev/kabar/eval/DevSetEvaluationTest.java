package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.cli.Kabar;
import dev.kabar.support.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The project's extraction targets on the development gold set (../shared/eval/dev), measured through the
 * real command line exactly as a developer runs {@code kabar evaluate}.
 */
class DevSetEvaluationTest {
    private static final double F1_TARGET = 0.95;

    @Test
    void extractionMeetsTheTargetsOnTheDevelopmentSet() throws Exception {
        String gold = SharedData.devGold().toString();
        String seeds = SharedData.seeds().toString();

        // the table (with every finding) goes to the test report, to show what to fix when a target is missed
        String[] table = run("evaluate", gold, "--articles", seeds, "--verbose");
        System.out.println(table[0]);

        String[] json = run("evaluate", gold, "--articles", seeds, "--format", "json");
        assertThat(json[1]).as("stderr").isEmpty();
        JsonNode result = new ObjectMapper().readTree(json[0]);
        assertThat(result.path("articles").asInt()).as("gold files scored").isEqualTo(5);

        SoftAssertions targets = new SoftAssertions();
        for (String type : new String[] {"people", "organizations", "countries"}) {
            JsonNode f1 = result.path(type).path("f1");
            targets.assertThat(f1.isNumber() ? f1.asDouble() : null).as(type + " F1 (" + result.path(type) + ")")
                    .isNotNull().isGreaterThanOrEqualTo(F1_TARGET);
        }
        JsonNode contacts = result.path("contacts");
        targets.assertThat(contacts.path("f1").asDouble()).as("contacts F1 (" + contacts + ")").isGreaterThanOrEqualTo(0.90);
        targets.assertThat(contacts.path("kind_accuracy").path("value").asDouble()).as("contact kind accuracy").isGreaterThanOrEqualTo(0.90);
        JsonNode statements = result.path("statements");
        targets.assertThat(statements.path("f1").asDouble()).as("statements F1 (" + statements + ")").isGreaterThanOrEqualTo(0.90);
        targets.assertThat(result.path("boilerplate_leaks").asInt()).as("boilerplate leaks").isZero();
        JsonNode metadata = result.path("metadata");
        targets.assertThat(metadata.path("correct").asInt() + "/" + metadata.path("total").asInt()).as("metadata")
                .isEqualTo("9/9");
        targets.assertAll();
    }

    /** One run of the real entry point: {stdout, stderr}, after checking the exit code. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kabar.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr: " + err).isZero();
        return new String[] {out.toString(), err.toString()};
    }
}
