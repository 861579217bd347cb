package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.StartupMode;
import fr.parcours.support.RealBrowser;
import fr.parcours.support.Scenario;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser, outside demo mode, on a database that holds only the first administrator (created from the
 * start-up settings), from the administration menu only: the administrator follows the first-run checklist and
 * records a DLA operator for the Alpes-Maritimes, an officer for 06, a prestataire of the pool and a structure; the
 * officer logs in with the temporary password, chooses their own and records the structure's request. No SQL, no
 * Camunda Admin. The app runs on a PostgreSQL of its own, given by URL as in production (its own Spring context, in
 * a JVM of its own: see the own-jvm-tests profile in pom.xml).
 */
@ExtendWith(GoingLiveJourneyTests.StopDatabaseLast.class) // declared before SpringExtension: its afterAll runs after
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GoingLiveJourneyTests {

    private static final String FIRST_ADMIN = "premiere.admin";
    private static final String FIRST_ADMIN_PASSWORD = "une longue phrase de passe 2026";
    private static EmbeddedPostgres database;

    @LocalServerPort
    int port;
    @Autowired
    StartupMode startupMode;

    private WebDriver browser;

    /** An external database for the app: with a datasource URL, Parcours is not in demo mode. */
    @DynamicPropertySource
    static void productionDatabase(DynamicPropertyRegistry properties) throws IOException {
        database = EmbeddedPostgres.builder().start();
        properties.add("spring.datasource.url", () -> database.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
        properties.add("parcours.admin.username", () -> FIRST_ADMIN);
        properties.add("parcours.admin.password", () -> FIRST_ADMIN_PASSWORD);
    }

    /** Stops the database once Spring has closed the app (its engine and pool use the database until then). */
    static class StopDatabaseLast implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext extensionContext) throws IOException {
            if (database != null) {
                database.close();
            }
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSetsUpAnOperatorAnOfficerAndAPrestataireAndTheOfficerRecordsARequest() throws Exception {
        assertThat(startupMode.isDemo()).as("production mode").isFalse();
        String operator = "DLA Côte d'Azur " + System.nanoTime();
        String officer = "golive-" + System.nanoTime();
        String structure = "Médiation Nice Est " + System.nanoTime();
        browser = RealBrowser.start();

        logIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
        assertThat(browser.findElements(By.id("demo-banner"))).isEmpty();
        browser.findElement(By.id("nav-admin")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Administration"));
        assertThat(browser.findElement(By.id("first-run-checklist")).getText()).contains("À faire");
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

        browser.get("http://localhost:" + port + "/admin/prestataires/new");
        browser.findElement(By.id("name")).sendKeys("Cabinet Azur Conseil");
        browser.findElement(By.id("siret")).sendKeys(Scenario.validSiret(System.nanoTime() % 100_000_000L));
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("SCOP");
        new Select(browser.findElement(By.id("departmentCode"))).selectByValue("06");
        browser.findElement(By.id("city")).sendKeys("Nice");
        browser.findElement(By.xpath("//input[@name='domains' and @value='STRATEGY']")).click();
        browser.findElement(By.xpath("//input[@name='regionCodes' and @value='93']")).click();
        browser.findElement(By.id("dayRate")).sendKeys("750");
        browser.findElement(By.id("contactName")).sendKeys("Paul Azur");
        browser.findElement(By.id("contactEmail")).sendKeys("contact@azur-conseil.example");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "ajouté au vivier"));

        browser.get("http://localhost:" + port + "/admin/structures/new");
        browser.findElement(By.id("name")).sendKeys(structure);
        browser.findElement(By.id("siret")).sendKeys(Scenario.validSiret(System.nanoTime() % 100_000_000L + 1));
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("ASSOCIATION");
        browser.findElement(By.id("nafCode")).sendKeys("88.99B");
        browser.findElement(By.id("employees")).sendKeys("4");
        new Select(browser.findElement(By.id("departmentCode"))).selectByValue("06");
        browser.findElement(By.id("city")).sendKeys("Nice");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "La structure est enregistrée"));

        browser.get("http://localhost:" + port + "/admin");
        assertThat(browser.findElement(By.id("first-run-checklist")).getText()).doesNotContain("À faire");
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
        new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText(structure + " (Nice)");
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
