package dev.kabar.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.support.SharedData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer page on the whole corpus (3,463 articles): the page draws only the most reported contacts, shows
 * the rest on request, and an actor's details load, all without the browser giving up on the page.
 */
class ExplorerCorpusBrowserIT {
    private static ExplorerSession session;

    @BeforeAll
    static void start() throws Exception {
        session = ExplorerSession.start(SharedData.corpus());
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void drawsTheMostReportedContactsAndShowsMoreOnRequest() throws Exception {
        ExplorerPageDriver page = new ExplorerPageDriver(session.browser().driver, Duration.ofSeconds(60));
        page.open(session.server().base());
        assertThat(page.edges()).hasSize(300);
        assertThat(page.status()).contains("300 contacts", "the 300 most reported");
        session.browser().screenshot("corpus-network");
        System.out.println("corpus, first view: " + page.status() + "; " + page.timings());

        // the best-known actor on the graph: its details come from the same endpoints as on the seeds
        String busiest = page.nodeLabels().get(0);
        page.clickNode(busiest);
        WebElement details = page.awaitDetails();
        assertThat(details.findElement(By.tagName("h2")).getText()).isNotBlank();
        assertThat(details.findElements(By.cssSelector("#actor-contacts .report"))).isNotEmpty();
        assertThat(details.findElements(By.cssSelector("#actor-articles .source a"))).hasSizeBetween(1, 20);

        new Select(session.browser().driver.findElement(By.id("max-edges"))).selectByValue("3000");
        page.awaitGraph();
        List<String> all = page.edges();
        assertThat(all).hasSizeGreaterThan(300);
        assertThat(page.status()).doesNotContain("most reported");
        System.out.println("corpus, all contacts: " + page.status() + "; " + page.timings());
        session.browser().screenshot("corpus-network-all");
        assertThat(session.browser().consoleErrors()).isEmpty();
    }
}
