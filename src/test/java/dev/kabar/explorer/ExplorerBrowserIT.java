package dev.kabar.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.SharedData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The explorer page in headless Chromium against {@code kabar serve --port 0} on the seed articles. */
class ExplorerBrowserIT {
    private static ExplorerSession session;
    private ExplorerPageDriver page;

    @BeforeAll
    static void start() throws Exception {
        session = ExplorerSession.start(SharedData.seeds());
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = new ExplorerPageDriver(session.browser().driver, Duration.ofSeconds(30));
        page.open(session.server().base());
    }

    @Test
    void drawsTheActorsAndContactsOfTheSeeds() throws Exception {
        assertThat(page.nodeLabels()).contains("Vladimir Putin", "Mahmoud Abbas", "Mikhail Bogdanov", "Hamas", "Fatah",
                "Palestine Liberation Organization");
        assertThat(page.edges()).contains("Mahmoud Abbas|Vladimir Putin|call", "Hamas|Mikhail Bogdanov|call",
                "Fatah|Vladimir Putin|invitation");
        assertThat(page.status()).matches(page.nodeLabels().size() + " actors, " + page.edges().size() + " contacts");
        session.browser().screenshot("seeds-network");
        assertThat(session.browser().consoleErrors()).as("console errors (refused content, failed requests)").isEmpty();
    }

    @Test
    void clickingAnActorListsItsContactsStatementsAndSources() throws Exception {
        page.clickNode("Vladimir Putin");
        WebElement details = page.awaitDetails();
        assertThat(details.findElement(By.tagName("h2")).getText()).isEqualTo("Vladimir Putin");
        assertThat(details.findElement(By.cssSelector(".facts")).getText()).contains("person", "Wikidata Q7747");

        WebElement contacts = details.findElement(By.id("actor-contacts"));
        assertThat(contacts.getText()).contains("call", "Mahmoud Abbas", "invitation", "Hamas");
        // every report shows the sentence it came from, with the names in it marked
        List<WebElement> reports = contacts.findElements(By.cssSelector(".report"));
        assertThat(reports).isNotEmpty();
        for (WebElement report : reports) {
            assertThat(report.findElements(By.cssSelector(".source a"))).hasSize(1);
            assertThat(report.findElements(By.cssSelector("blockquote.evidence mark.name"))).isNotEmpty();
        }
        assertThat(contacts.findElements(By.cssSelector("mark.name")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("Putin"));

        WebElement statements = details.findElement(By.id("actor-statements"));
        List<WebElement> said = statements.findElements(By.cssSelector(".statement"));
        assertThat(said).hasSize(4);
        for (WebElement s : said) {
            assertThat(s.findElement(By.cssSelector(".statement-text")).getText()).isNotBlank();
            assertThat(s.findElements(By.cssSelector("blockquote.evidence mark"))).isNotEmpty();
        }

        WebElement articles = details.findElement(By.id("actor-articles"));
        assertThat(articles.findElements(By.cssSelector("li .source a"))).hasSize(5);
        session.browser().screenshot("seeds-actor-details");
        assertThat(session.browser().consoleErrors()).isEmpty();
    }

    @Test
    void clickingAContactListsItsReports() {
        page.clickEdge("Mahmoud Abbas", "Vladimir Putin", "call");
        WebElement details = page.awaitDetails();
        assertThat(details.findElement(By.tagName("h2")).getText()).contains("Mahmoud Abbas", "Vladimir Putin");
        List<WebElement> reports = details.findElements(By.cssSelector("#contact-reports .report"));
        assertThat(reports).isNotEmpty();
        WebElement evidence = reports.get(0).findElement(By.cssSelector("blockquote.evidence"));
        assertThat(evidence.findElements(By.cssSelector("mark.name")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("Abbas"))
                .anyMatch(t -> t.contains("Putin"));
    }

    @Test
    void filtersChangeTheGraph() {
        List<String> all = page.edges();
        assertThat(all).anyMatch(e -> e.endsWith("|invitation")).anyMatch(e -> e.endsWith("|call"));

        page.chooseKind("call");
        page.awaitGraph();
        List<String> calls = page.edges();
        assertThat(calls).isNotEmpty().allMatch(e -> e.endsWith("|call")).hasSizeLessThan(all.size());
        assertThat(page.nodeLabels()).doesNotContain("Fatah");

        page.chooseKind("any");
        page.awaitGraph();
        page.setMinSources(2);
        page.awaitGraph();
        assertThat(page.edges()).containsExactlyInAnyOrder("Fatah|Vladimir Putin|invitation",
                "Hamas|Vladimir Putin|invitation");
    }

    @Test
    void theSearchBoxFindsAnActorByAnotherOfItsNames() {
        page.search("bogdan", "Mikhail Bogdanov");
        WebElement details = page.awaitDetails();
        assertThat(details.findElement(By.tagName("h2")).getText()).isEqualTo("Mikhail Bogdanov");
        assertThat(details.findElement(By.id("actor-contacts")).getText()).contains("Hamas");
    }

    @Test
    void theSparqlBoxRunsACannedQueryAsAnExample() {
        WebElement table = page.runExample("people");
        assertThat(table.findElements(By.tagName("th")).stream().map(WebElement::getText))
                .containsExactly("entity", "name", "articles");
        assertThat(table.getText()).contains("Vladimir Putin", "Mikhail Bogdanov");
    }
}
