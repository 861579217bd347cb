package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.casefile.PdfSheet;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.RealBrowser;
import fr.parcours.support.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: an officer uploads the signed PV to an accompaniment's case file from its page and writes a
 * note; the auditor finds both in the case's history and downloads the PV, which the audit trail logs.
 */
@ParcoursServerTest
class SignedPvBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;
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
    void anOfficerUploadsTheSignedPvAndTheAuditorDownloadsIt() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        byte[] pv = PdfSheet.titled("Procès-verbal signé", "Comité du " + accompaniment.getBusinessKey()).toBytes();
        Path file = Files.createTempDirectory("parcours-pv").resolve("PV signé.pdf");
        Files.write(file, pv);
        browser = RealBrowser.start();
        InBrowser page = new InBrowser(browser, port);

        page.logIn(DemoUsers.OFFICER_NICE);
        page.open("/dla/accompaniments/" + accompaniment.getId());
        page.waitFor("the case file's upload form", ExpectedConditions.presenceOfElementLocated(By.id("type")));
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("PV signé");
        browser.findElement(By.id("title")).sendKeys("PV du comité d'appui");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#case-file-documents button[type=submit]")).sendKeys(Keys.ENTER);
        page.waitFor("the uploaded PV in the list", ExpectedConditions.textToBePresentInElementLocated(
                By.id("case-documents"), "PV du comité d'appui"));
        assertThat(browser.findElement(By.id("case-documents")).getText()).contains("PV signé", "Camille Roux");

        page.waitFor("the notes form", ExpectedConditions.presenceOfElementLocated(By.id("text")));
        browser.findElement(By.id("text")).sendKeys("PV signé reçu par courrier, original au classeur.");
        browser.findElement(By.cssSelector("#case-file-notes button[type=submit]")).sendKeys(Keys.ENTER);
        page.waitFor("the note in the thread", ExpectedConditions.textToBePresentInElementLocated(
                By.id("case-notes"), "original au classeur"));

        browser.manage().deleteAllCookies();
        page.logIn(DemoUsers.AUDITOR);
        page.open("/audit/cases/" + accompaniment.getId());
        page.waitFor("the case file's documents", ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#case-documents a[download]")));
        page.waitFor("the case file's notes", ExpectedConditions.textToBePresentInElementLocated(
                By.id("case-notes"), "original au classeur"));
        assertThat(browser.findElements(By.cssSelector("#case-file-documents form"))).isEmpty();
        WebElement link = browser.findElement(By.cssSelector("#case-documents a[download]"));
        assertThat(link.getText()).isEqualTo("PV signé.pdf");

        // What the browser receives for the link, with the auditor's session.
        @SuppressWarnings("unchecked")
        Map<String, Object> downloaded = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async response => {
                    const bytes = new Uint8Array(await response.arrayBuffer());
                    done({status: response.status, type: response.headers.get('content-type'), size: bytes.length,
                          start: String.fromCharCode(...bytes.slice(0, 5))});
                });""", link.getAttribute("href"));
        assertThat(downloaded).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                .containsEntry("size", (long) pv.length).containsEntry("start", "%PDF-");
        assertThat(jdbc.queryForList("select actor from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?"
                + " and action in ('case-document-uploaded', 'case-note-added', 'case-document-downloaded') order by id",
                String.class, accompaniment.getId()))
                .isEqualTo(List.of(DemoUsers.OFFICER_NICE, DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR));
        assertThat(page.severeConsoleErrors()).isEmpty();
    }
}
