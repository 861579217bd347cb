package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import java.util.List;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import fr.parcours.support.Scenario;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an officer logs in, records a structure's request, and refers it at intake; an officer
 * registers a new structure, NAF code and QPV flag included, with its request.
 */
@ParcoursServerTest
class OfficerIntakeJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationRepository organisations;

    /** Camunda's default first lock after a failed login lasts 3 seconds. */

    private WebDriver browser;

    /** Waits for the page that a click or a submit loads (fails the test after 10 seconds). */
    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** Activates the page's own submit button from the keyboard, as a keyboard user would. */
    private void submitMainForm() {
        browser.findElement(By.cssSelector("main button[type=submit]")).sendKeys(Keys.ENTER);
    }


    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerRecordsARequestAndRefersTheStructure() throws Exception {
        Organisation structure = scenario.newStructure("06", "93");
        // A user of its own: the failed login below counts against this account's login throttle.
        String officer = "officer-journey-" + System.nanoTime();
        accounts.createIfMissing(officer, "Claire", "Journey", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "93", "06"));
        browser = RealBrowser.start();

        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion à Parcours");
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys("wrong password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-danger"),
                "Identifiant ou mot de passe incorrect"));

        // One failure locks nothing: the right password goes straight through.
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Mes tâches"));

        browser.get("http://localhost:" + port + "/dla/accompaniments/new");
        submitMainForm();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(browser.findElements(By.cssSelector(".is-invalid"))).hasSize(2);

        new Select(browser.findElement(By.id("organisationId"))).selectByValue(structure.getId().toString());
        browser.findElement(By.id("motive")).sendKeys("Restructurer le service de médiation sociale");
        submitMainForm();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "La demande est enregistrée"));

        browser.get("http://localhost:" + port + "/?view=groups");
        browser.findElement(By.xpath("//tr[contains(., '" + structure.getName() + "')]//a[contains(@href, '/tasks/')]")).click();
        browser.findElement(By.cssSelector("input[value=REFERRED]")).click();
        browser.findElement(By.id("referralPartner")).sendKeys("France Active");
        browser.findElement(By.id("referralReason")).sendKeys("Besoin de financement solidaire");
        submitMainForm();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "La tâche est enregistrée"));
    }

    @Test
    void anOfficerRegistersANewStructureWithItsNafCodeAndQpvFlag() throws Exception {
        String officer = "officer-naf-" + System.nanoTime();
        accounts.createIfMissing(officer, "Inès", "Naf", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "93", "06"));
        String siret = Scenario.validSiret(System.nanoTime());
        browser = RealBrowser.start();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Mes tâches"));

        browser.get("http://localhost:" + port + "/dla/accompaniments/new");
        browser.findElement(By.cssSelector("input[name=newStructure][value=true]")).click();
        browser.findElement(By.id("name")).sendKeys("Médiation des Paillons " + siret);
        browser.findElement(By.id("siret")).sendKeys(siret);
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("ASSOCIATION");
        assertThat(new Select(browser.findElement(By.id("departmentCode"))).getFirstSelectedOption().getText())
                .isEqualTo("06 Alpes-Maritimes");
        browser.findElement(By.id("city")).sendKeys("Nice");
        browser.findElement(By.id("nafCode")).sendKeys("88.9");
        browser.findElement(By.id("sector")).sendKeys("Médiation sociale");
        browser.findElement(By.id("employees")).sendKeys("4");
        browser.findElement(By.id("aidedContracts")).sendKeys("2");
        browser.findElement(By.name("qpv")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("motive")).sendKeys("Consolider les postes d'adultes-relais");
        submitMainForm();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nafCode.is-invalid")));
        assertThat(browser.findElement(By.id("nafCodeFeedback")).getText()).startsWith("Ce code NAF n'est pas valide");
        assertThat(organisations.findBySiret(siret)).isEmpty();

        browser.findElement(By.id("nafCode")).clear();
        browser.findElement(By.id("nafCode")).sendKeys("88.99b");
        submitMainForm();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "La demande est enregistrée"));
        Organisation registered = organisations.findBySiret(siret).orElseThrow();
        assertThat(registered.getNafCode().code()).isEqualTo("88.99B");
        assertThat(registered.isQpv()).isTrue();
    }
}
