package fr.parcours.audit.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the vendored bpmn-js draws the case's diagram with the activities done, the flows taken and
 * the current position highlighted.
 */
@ParcoursServerTest
class CaseDiagramBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    DlaJourney journey;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDiagramShowsThePathTakenAndTheCurrentPosition() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);
        browser = RealBrowser.start();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(DemoUsers.AUDITOR);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get("http://localhost:" + port + "/audit/cases/" + accompaniment.getId());

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#audit-diagram .audit-completed[data-element-id='" + TASK_REVIEW_REQUEST + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#audit-diagram .audit-active[data-element-id='" + TASK_WRITE_SPECIFICATIONS + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#audit-diagram .audit-taken[data-element-id='SequenceFlow_EligibleYes']")));
        assertThat(browser.findElements(By.cssSelector(
                "#audit-diagram .audit-taken[data-element-id='SequenceFlow_EligibleNo']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#audit-diagram .bjs-powered-by"))).hasSize(1);

    }
}
