package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.parcours.identity.DemoUsers;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the real-browser journeys do on every page: log in, wait for a page, check a chart was drawn, read errors,
 * check accessibility.
 */
final class InBrowser {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(10);
    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver browser;
    private final String root;

    InBrowser(WebDriver browser, int port) {
        this.browser = browser;
        this.root = "http://localhost:" + port;
        // Explicit waits only: an implicit one would make every "is it absent?" lookup last its full delay.
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Through the login page, as a user would; lands on the task list. */
    void logIn(String user) {
        browser.get(root + "/");
        waitFor(ExpectedConditions.urlMatches(".*/login$"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Mes tâches"));
    }

    void open(String path) {
        browser.get(root + path);
    }

    String url(String path) {
        return root + path;
    }

    /** Fails the test when the condition does not hold within 10 seconds (a page load, an htmx swap). */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, PAGE_LOAD).until(condition);
    }

    <T> T waitFor(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, PAGE_LOAD).withMessage(what).until(condition);
    }

    /**
     * Waits until chart.js has drawn on the canvas: the script is there, the Chart instance is bound to the
     * canvas, and the canvas has a size of its own (a chart on a hidden or collapsed canvas shows nothing).
     */
    void assertChartDrawn(String canvasId) {
        WebElement canvas = browser.findElement(By.id(canvasId));
        Boolean drawn = waitFor("chart.js drawing on #" + canvasId, driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("const canvas = arguments[0];"
                        + " return typeof Chart !== 'undefined' && Chart.getChart(canvas) != null"
                        + " && canvas.width > 0 && canvas.height > 0 || null;", canvas));
        assertThat(drawn).as("chart %s drawn", canvasId).isTrue();
        assertThat(canvas.getSize().getWidth()).as("width of %s", canvasId).isPositive();
        assertThat(canvas.getSize().getHeight()).as("height of %s", canvasId).isPositive();
        Long datasets = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(arguments[0]).data.datasets.length;", canvas);
        assertThat(datasets).as("datasets of %s", canvasId).isPositive();
    }

    /**
     * Severe entries of the browser's console since the last call: script errors, failed loads (a 404 on a script
     * or on the icon the browser asks for by itself).
     */
    List<String> severeConsoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * The WCAG 2.1 AA violations axe-core finds on the page as it stands, one line per element: rule id, impact,
     * the element's selector, what to fix and axe's help. Empty when the page passes.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran: %s", results.getErrorMessage()).isFalse();
        return results.getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> describe(rule, node)))
                .toList();
    }

    private static String describe(Rule rule, CheckedNode node) {
        return rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + rule.getHelp()
                + " — " + String.valueOf(node.getFailureSummary()).replace('\n', ' ') + " [" + rule.getHelpUrl() + "]";
    }
}
