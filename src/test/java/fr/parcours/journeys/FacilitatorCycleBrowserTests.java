package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, karim.haddad finds the first task of a council's cycle in his list, reports a door-to-door
 * action with the hours he spent on it (a wrong number first), then reads those hours on his activity sheet and sees
 * the indicators' chart drawn. The council is the test's own: the 18e must keep no cycle for the end-to-end test.
 */
@ParcoursServerTest
class FacilitatorCycleBrowserTests {

    private static final int MAX_TASK_PAGES = 20;

    @LocalServerPort
    int port;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void karimReportsAMobilisationWithItsHoursAndReadsThemOnHisActivitySheet() throws Exception {
        Council council = councilScenario.parisCouncil(4, 2);
        councilScenario.assign(council.getId(), DemoUsers.FACILITATOR_PARIS);
        CouncilCycle cycle = councilScenario.startCycle(council);
        browser = RealBrowser.start();
        InBrowser page = new InBrowser(browser, port);

        page.logIn(DemoUsers.FACILITATOR_PARIS);
        openTheCyclesTask(page, cycle.reference());
        page.waitFor(ExpectedConditions.urlContains("/mobilisation"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("DOOR_TO_DOOR");
        // A date input types in the browser's locale; its value is ISO whatever the locale.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("heldOn")), LocalDate.now().toString());
        browser.findElement(By.id("contactsMade")).sendKeys("25");
        browser.findElement(By.id("newMembers")).sendKeys("2");
        browser.findElement(By.id("hoursSpent")).sendKeys("30");
        submit();

        WebElement hours = page.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hoursSpent.is-invalid")));
        assertThat(browser.getCurrentUrl()).contains("/mobilisation");
        assertThat(browser.findElement(By.cssSelector("main .alert-danger")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#hoursSpent ~ .invalid-feedback")).getText())
                .isEqualTo("Entre 0 et 24 heures, par quarts d'heure (0,25).");
        assertThat(browser.findElements(By.cssSelector("main .is-invalid"))).as("only the hours are wrong").hasSize(1);
        assertThat(browser.findElement(By.id("contactsMade")).getDomProperty("value")).isEqualTo("25");
        assertThat(jdbc.queryForObject("select count(*) from council_activity where council_id = ?", Integer.class,
                council.getId())).as("nothing recorded from the refused form").isZero();

        hours.clear();
        hours.sendKeys("2.5");
        submit();
        page.waitFor(ExpectedConditions.urlToBe(page.url("/councils/" + council.getId())));
        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText()).isNotBlank();

        browser.findElement(By.linkText("Fiche d'activité")).click();
        page.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Fiche d'activité"));
        List<WebElement> cells = browser.findElements(By.xpath("//table[@id='activity-detail']//tr[td[2]='"
                + council.getName() + "']/td"));
        assertThat(cells).as("one line for the door-to-door action").hasSize(6);
        assertThat(cells.get(0).getText()).isEqualTo(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(cells.get(3).getText()).contains(cycle.reference());
        assertThat(cells.get(4).getText()).isEqualTo("2,50");
        assertThat(page.severeConsoleErrors()).as("console up to the activity sheet").isEmpty();

        page.open("/councils/indicators");
        page.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#indicators tbody tr[data-council='" + council.getId() + "']")));
        page.assertChartDrawn("indicators-chart");
        assertThat(page.severeConsoleErrors()).as("console of the indicators").isEmpty();
    }

    /** Pages through karim's groups' tasks to the cycle's, and opens it as he would, by its link. */
    private void openTheCyclesTask(InBrowser page, String reference) {
        for (int number = 0; number < MAX_TASK_PAGES; number++) {
            page.open("/?view=groups&page=" + number);
            page.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("task-results")));
            List<WebElement> links = browser.findElements(By.xpath("//tr[@data-task-id][td[contains(., '"
                    + reference + "')]]//a[starts-with(@href, '/tasks/')]"));
            if (!links.isEmpty()) {
                links.get(0).click();
                return;
            }
        }
        throw new AssertionError("no task of " + reference + " in karim's list");
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }
}
