package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.region.RegionalExamples;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, axe-core checks the main page of each role against WCAG 2.1 AA (tags wcag2a, wcag2aa, wcag21a,
 * wcag21aa): the login page, the officer's task list and accompaniments, the consultant's missions, the coordinator's
 * collectives and a dashboard, the facilitator's councils and a council, the auditor's search, the admin's home. Every
 * page is checked before the test fails, so one run reports every violation with its element and axe's help.
 */
@ParcoursServerTest
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;
    @Autowired
    DlaJourney journey;
    @Autowired
    RegionalExamples collectives;
    @Autowired
    CouncilScenario councilScenario;

    private WebDriver browser;
    private InBrowser page;
    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyRolesMainPageHasNoWcag21AaViolation() throws Exception {
        // Each role's pages show something of the test's own: a request, a mission, a collective, a council.
        scenario.openInNice();
        journey.throughEngineering(journey.throughCommittee(1));
        long collective = collectives.open("32", "Collectif accessibilité " + System.nanoTime(), LocalDate.now(), 3)
                .collective().getId();
        Council council = councilScenario.parisCouncil(4, 2);
        councilScenario.assign(council.getId(), DemoUsers.FACILITATOR_PARIS);
        browser = RealBrowser.start();
        page = new InBrowser(browser, port);

        page.open("/login");
        check("/login", By.id("username"));

        as(DemoUsers.OFFICER_NICE);
        check("/?view=groups", By.id("task-results"));
        check("/dla/accompaniments", By.tagName("main"));

        as(DemoUsers.CONSULTANT);
        check("/missions", By.tagName("main"));

        as(DemoUsers.COORDINATOR_LILLE);
        check("/collective", By.tagName("main"));
        check("/collective/" + collective + "/dashboard", By.id("dashboard"));

        as(DemoUsers.FACILITATOR_PARIS);
        check("/councils", By.tagName("main"));
        check("/councils/" + council.getId(), By.tagName("main"));

        as(DemoUsers.AUDITOR);
        check("/audit/search", By.tagName("main"));

        as(DemoUsers.ADMIN);
        check("/", By.id("task-results"));

        assertThat(violations.keySet()).as("WCAG 2.1 AA violations found by axe-core, page by page:%n%s", report())
                .isEmpty();
    }

    /** A fresh session for {@code user}, through the login page. */
    private void as(String user) {
        browser.manage().deleteAllCookies();
        page.logIn(user);
    }

    /** Opens {@code path} (but the current page when it is the login page), waits for {@code ready}, runs axe-core. */
    private void check(String path, By ready) {
        if (!browser.getCurrentUrl().endsWith(path)) {
            page.open(path);
        }
        page.waitFor("page " + path, ExpectedConditions.presenceOfElementLocated(ready));
        List<String> found = page.accessibilityViolations();
        if (!found.isEmpty()) {
            violations.put(path, found);
        }
    }

    private String report() {
        return violations.entrySet().stream()
                .map(entry -> entry.getKey() + "\n  " + String.join("\n  ", entry.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
