package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import fr.parcours.support.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, from the administration menu only: the administrator records a DLA operator for the
 * Alpes-Maritimes and an officer for 06; the officer logs in with the temporary password, chooses their own and
 * records a structure's request.
 */
@ParcoursServerTest
class GoingLiveJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSetsUpAnOperatorAndAnOfficerWhoRecordsARequest() throws Exception {
        Organisation structure = scenario.newStructure("06", "93");
        String operator = "DLA Côte d'Azur " + System.nanoTime();
        String officer = "golive-" + System.nanoTime();
        browser = RealBrowser.start();

        logIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.findElement(By.id("nav-admin")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Administration"));
        browser.findElement(By.linkText("Opérateurs DLA")).click();
        browser.findElement(By.id("new-operator")).click();
        browser.findElement(By.id("name")).sendKeys(operator);
        browser.findElement(By.id("city")).sendKeys("Nice");
        new Select(browser.findElement(By.id("departmentCode"))).selectByValue("06");
        browser.findElement(By.xpath("//input[@name='departmentCodes' and @value='06']")).click();
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "opérateur DLA est enregistré"));
        assertThat(browser.findElement(By.id("operators")).getText()).contains(operator);

        browser.get("http://localhost:" + port + "/admin/users/new");
        browser.findElement(By.id("userId")).sendKeys(officer);
        browser.findElement(By.id("firstName")).sendKeys("Louise");
        browser.findElement(By.id("lastName")).sendKeys("Azur");
        browser.findElement(By.id("email")).sendKeys("louise.azur@example.org");
        new Select(browser.findElement(By.id("role"))).selectByValue("OFFICER");
        new Select(browser.findElement(By.id("operatorId"))).selectByVisibleText(operator + " (Nice)");
        browser.findElement(By.xpath("//fieldset[@id='scope-officer']//input[@value='06']")).click();
        submit();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
        String temporary = browser.findElement(By.cssSelector("#temporary-password code")).getText();
        browser.findElement(By.cssSelector("nav form button[type=submit]")).click();

        logIn(officer, temporary);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("password-required")));
        browser.findElement(By.id("currentPassword")).sendKeys(temporary);
        browser.findElement(By.id("newPassword")).sendKeys("le mistral souffle fort");
        browser.findElement(By.id("confirmation")).sendKeys("le mistral souffle fort");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Votre mot de passe est changé"));
        assertThat(browser.findElement(By.id("profile-scope")).getText()).contains("Alpes-Maritimes (06)", operator);

        browser.get("http://localhost:" + port + "/dla/accompaniments/new");
        new Select(browser.findElement(By.id("organisationId"))).selectByValue(structure.getId().toString());
        browser.findElement(By.id("motive")).sendKeys("Restructurer le service de médiation sociale");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "La demande est enregistrée"));
    }

    private void logIn(String user, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
    }

    private void submit() {
        browser.findElement(By.cssSelector("main button[type=submit]")).sendKeys(Keys.ENTER);
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
