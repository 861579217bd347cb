package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.region.RegionalExamples;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the Lille coordinator (region 32) follows a collective of her region: its dashboard's chart and
 * the regional view's chart are drawn by chart.js from the webjar, without script errors, next to their CSV links.
 */
@ParcoursServerTest
class CoordinatorDashboardBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    RegionalExamples examples;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLilleCoordinatorSeesHerCollectivesDashboardAndTheRegionsChartsDrawn() throws Exception {
        String title = "Collectif navigateur " + System.nanoTime();
        // Four structures at the meeting, one leaving, two sessions, one set of deliverables handed in.
        RegionalExamples.Opened opened = examples.open("32", title, LocalDate.now(), 4);
        List<Long> p = opened.participations();
        examples.session(opened, p);
        examples.dropOut(opened, p.get(3));
        examples.session(opened, p.subList(0, 3));
        examples.deliver(opened, p.get(0), DeliverablesExamples.full(2, 1, List.of(
                DeliverablesExamples.lead("Conseil régional", "12000", FundingStatus.OBTAINED, "8000"))));
        long id = opened.collective().getId();
        browser = RealBrowser.start();
        InBrowser page = new InBrowser(browser, port);

        page.logIn(DemoUsers.COORDINATOR_LILLE);
        page.open("/collective/" + id + "/dashboard");
        page.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        assertThat(browser.findElements(By.cssSelector("#dashboard tbody tr"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#dashboard tbody tr.dropped-out"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#dashboard tbody tr[data-participation='" + p.get(0) + "']"))
                .getDomAttribute("data-deliverables")).isEqualTo("3");
        page.assertChartDrawn("dashboard-chart");
        assertThat(browser.findElement(By.id("csv")).getDomAttribute("href"))
                .isEqualTo("/collective/" + id + "/dashboard.csv");
        assertThat(page.severeConsoleErrors()).as("console of the dashboard").isEmpty();

        page.open("/collective/region");
        page.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("region-view")));
        assertThat(browser.findElement(By.id("region-view")).getText()).contains(title);
        assertThat(browser.findElements(By.cssSelector("#region-phases tbody tr"))).isNotEmpty();
        page.assertChartDrawn("region-chart");
        assertThat(browser.findElement(By.id("csv")).getDomAttribute("href")).isEqualTo("/collective/region.csv?region=32");
        assertThat(page.severeConsoleErrors()).as("console of the regional view").isEmpty();
    }
}
