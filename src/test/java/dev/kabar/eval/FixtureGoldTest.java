package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.cli.Kabar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each fixture folder also holds a gold file in the format of ../shared/eval/README.md; the fixtures are
 * short texts written for the tests, so extraction must get every item right: F1 1.0 wherever there is gold.
 */
class FixtureGoldTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureScoresPerfectlyAgainstItsGold() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(d -> Files.exists(d.resolve("gold.json"))).sorted().toList().stream()
                    .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
        }
    }

    private static void check(Path dir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kabar.execute(new String[] {"evaluate", dir.toString(), "--format", "json", "--verbose"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        SoftAssertions soft = new SoftAssertions();
        for (String type : new String[] {"people", "organizations", "countries", "contacts", "statements"}) {
            JsonNode f1 = result.path(type).path("f1");
            if (!f1.isNull() && !f1.isMissingNode()) {
                soft.assertThat(f1.asDouble()).as(type + " F1 in " + dir.getFileName() + ": " + out).isEqualTo(1.0);
            }
        }
        soft.assertThat(result.path("boilerplate_leaks").asInt()).as("leaks").isZero();
        soft.assertThat(result.path("metadata").path("correct").asInt()).as("metadata")
                .isEqualTo(result.path("metadata").path("total").asInt());
        soft.assertAll();
    }
}
