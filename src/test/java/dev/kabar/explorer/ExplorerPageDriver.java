package dev.kabar.explorer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page as a test drives it: real clicks on the graph's canvas at the positions the page draws its
 * nodes and edges, real typing and choosing; the graph's content is read from the page's own Cytoscape instance.
 */
final class ExplorerPageDriver {
    private final WebDriver driver;
    private final WebDriverWait wait;

    ExplorerPageDriver(WebDriver driver, Duration timeout) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout);
    }

    void open(String base) {
        driver.get(base + "/");
        awaitGraph();
    }

    /** Waits until the page has drawn the network for the current filters. */
    void awaitGraph() {
        wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** How long the last network took: the query over HTTP, and drawing with its layout. */
    String timings() {
        return js("const t = kabarExplorer.state.timings; return 'query ' + t.queryMs + ' ms, drawing ' + t.drawMs + ' ms';")
                .toString();
    }

    @SuppressWarnings("unchecked")
    List<String> nodeLabels() {
        return (List<String>) js("return kabarExplorer.state.cy.nodes().map(n => n.data('label'));");
    }

    /** Each drawn edge as "name|name|kind", the two names in alphabetical order. */
    @SuppressWarnings("unchecked")
    List<String> edges() {
        return (List<String>) js("return kabarExplorer.state.cy.edges().map(e => "
                + "[e.source().data('label'), e.target().data('label')].sort().join('|') + '|' + e.data('kind'));");
    }

    void clickNode(String label) {
        Map<?, ?> at = (Map<?, ?>) js("const n = kabarExplorer.state.cy.nodes().filter(n => n.data('label') === arguments[0]);"
                + "if (n.empty()) return null; const p = n.renderedPosition(); return {x: p.x, y: p.y};", label);
        if (at == null) {
            throw new AssertionError("no node labelled '" + label + "' in " + nodeLabels());
        }
        clickGraphAt(at);
    }

    /** Clicks the middle of the edge between two actors (in either direction) of one kind. */
    void clickEdge(String a, String b, String kind) {
        Map<?, ?> at = (Map<?, ?>) js("const es = kabarExplorer.state.cy.edges().filter(e => e.data('kind') === arguments[2]"
                + " && [e.source().data('label'), e.target().data('label')].sort().join('|') === [arguments[0], arguments[1]].sort().join('|'));"
                + "if (es.empty()) return null; const p = es[0].renderedMidpoint(); return {x: p.x, y: p.y};", a, b, kind);
        if (at == null) {
            throw new AssertionError("no " + kind + " edge " + a + " — " + b + " in " + edges());
        }
        clickGraphAt(at);
    }

    private void clickGraphAt(Map<?, ?> at) {
        WebElement graph = driver.findElement(By.id("graph"));
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - graph.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(graph, x, y).click().perform();
    }

    /** Waits until the side panel has loaded what the last click asked for, and returns it. */
    WebElement awaitDetails() {
        wait.until(d -> "loaded".equals(d.findElement(By.id("details")).getAttribute("data-state")));
        return driver.findElement(By.id("details"));
    }

    void chooseKind(String kind) {
        new Select(driver.findElement(By.id("kind"))).selectByValue(kind);
    }

    void setMinSources(int n) {
        WebElement input = driver.findElement(By.id("min-sources"));
        input.clear();
        input.sendKeys(Integer.toString(n));
        // 'change' fires when the field loses focus
        driver.findElement(By.id("status")).click();
    }

    void search(String text, String pick) {
        driver.findElement(By.id("search")).sendKeys(text);
        By result = By.xpath("//ul[@id='search-results']//button[starts-with(normalize-space(.), '" + pick + " (')]");
        wait.until(ExpectedConditions.elementToBeClickable(result)).click();
    }

    /** Opens the SPARQL box, picks a canned query as the example, runs it and returns the result table. */
    WebElement runExample(String queryName) {
        driver.findElement(By.cssSelector("#sparql summary")).click();
        wait.until(d -> d.findElements(By.cssSelector("#examples option[value='" + queryName + "']")).size() == 1);
        new Select(driver.findElement(By.id("examples"))).selectByValue(queryName);
        driver.findElement(By.id("run")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sparql-results table")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
