package fr.parcours.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.reporting.AnnualReport;
import fr.parcours.reporting.KnownYear;
import fr.parcours.reporting.Measure;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The report's page and exports for each reader: the region's year opened back from the XLSX cell by cell, the CSV,
 * the scopes (an officer's department, a regional auditor's region) and the roles refused.
 */
@ParcoursIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportControllerTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    KnownYear knownYear;
    @Autowired
    UserAccounts accounts;

    KnownYear.Codes codes;
    String officer;
    String regionalAuditor;

    @BeforeAll
    void buildTheYearAndItsReaders() {
        codes = knownYear.build();
        officer = "officer.report-" + codes.d2();
        regionalAuditor = "auditor.report-" + codes.region();
        accounts.createIfMissing(officer, "Agent", "Rapport", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, codes.region(), codes.d2()));
        accounts.createIfMissing(regionalAuditor, "Auditrice", "Rapport", PASSWORD, List.of(Groups.AUDITORS),
                UserScope.region(regionalAuditor, codes.region()));
    }

    @Test
    void theRegionsWorkbookOpensBackWithEveryCell() throws Exception {
        MvcResult result = mvc.perform(get("/reports/annual.xlsx").param("year", "2071")
                        .with(logins.as(regionalAuditor)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(AnnualReportController.XLSX))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("rapport-annuel-dla-2071.xlsx");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(sheetNames(workbook)).containsExactly("Rapport", "Synthèse", "Par secteur (section NAF)",
                    "Par forme juridique", "Par taille (salariés)", "Par quartier prioritaire (QPV)",
                    "Par département", "Délais par phase (jours)", "Résultats des suivis",
                    "Satisfaction des structures", "Budget d'ingénierie");
            assertThat(cells(workbook.getSheet("Rapport"))).containsExactly(
                    List.of("Document", "Rapport annuel d'activité DLA"),
                    List.of("Périmètre", codes.region()),
                    List.of("Du", LocalDate.of(2071, 1, 1)),
                    List.of("Au", LocalDate.of(2071, 12, 31)),
                    List.of("Édité le", LocalDate.now()));
            assertThat(cells(workbook.getSheet("Synthèse"))).containsExactly(
                    List.of("Indicateur", "Nombre"),
                    List.of("Demandes reçues", 4.0), List.of("Demandes acceptées", 3.0),
                    List.of("Demandes orientées", 1.0), List.of("Diagnostics partagés réalisés", 2.0),
                    List.of("Plans d'accompagnement", 2.0), List.of("Ingénieries individuelles", 3.0),
                    List.of("Ingénieries collectives (structures)", 1.0), List.of("Suivis réalisés", 3.0));
            assertThat(cells(workbook.getSheet("Par secteur (section NAF)"))).containsExactly(
                    header("Secteur (section NAF)"),
                    line("G – Commerce ; réparation d'automobiles et de motocycles", 0, 1, 0, 1, 1, 2, 0, 0),
                    line("O – Administration publique", 0, 0, 0, 0, 0, 0, 1, 2),
                    line("Q – Santé humaine et action sociale", 2, 2, 0, 1, 1, 1, 0, 1),
                    line("S – Autres activités de services", 1, 0, 1, 0, 0, 0, 0, 0),
                    line("Non renseigné", 1, 0, 0, 0, 0, 0, 0, 0),
                    line("Total", 4, 3, 1, 2, 2, 3, 1, 3));
            assertThat(cells(workbook.getSheet("Par forme juridique"))).containsExactly(
                    header("Forme juridique"),
                    line("Association", 3, 2, 0, 1, 1, 1, 0, 1),
                    line("GIP", 0, 0, 0, 0, 0, 0, 1, 2),
                    line("SCIC", 1, 0, 1, 0, 0, 0, 0, 0),
                    line("SCOP", 0, 0, 0, 0, 0, 0, 0, 0),
                    line("Autre", 0, 1, 0, 1, 1, 2, 0, 0),
                    line("Total", 4, 3, 1, 2, 2, 3, 1, 3));
            assertThat(cells(workbook.getSheet("Par taille (salariés)"))).containsExactly(
                    header("Taille (salariés)"),
                    line("Aucun salarié", 2, 2, 0, 1, 1, 1, 0, 1),
                    line("1 à 9 salariés", 1, 0, 1, 0, 0, 0, 0, 0),
                    line("10 à 49 salariés", 0, 1, 0, 1, 1, 2, 0, 0),
                    line("50 salariés et plus", 0, 0, 0, 0, 0, 0, 1, 2),
                    line("Non renseigné", 1, 0, 0, 0, 0, 0, 0, 0),
                    line("Total", 4, 3, 1, 2, 2, 3, 1, 3));
            assertThat(cells(workbook.getSheet("Par quartier prioritaire (QPV)"))).containsExactly(
                    header("Quartier prioritaire"),
                    line("En QPV", 2, 3, 0, 2, 2, 3, 0, 1),
                    line("Hors QPV", 2, 0, 1, 0, 0, 0, 1, 2),
                    line("Total", 4, 3, 1, 2, 2, 3, 1, 3));
            assertThat(cells(workbook.getSheet("Par département"))).containsExactly(
                    header("Département"),
                    line(codes.d1(), 3, 2, 1, 1, 1, 1, 1, 3),
                    line(codes.d2(), 1, 1, 0, 1, 1, 2, 0, 0),
                    line("Total", 4, 3, 1, 2, 2, 3, 1, 3));
            assertThat(cells(workbook.getSheet("Délais par phase (jours)"))).containsExactly(
                    List.of("Phase", "Accompagnements", "Médiane (jours)", "9e décile (jours)"),
                    List.of("Accueil", 4.0, 12.5, 18.5),
                    List.of("Diagnostic partagé", 2.0, 35.0, 39.0),
                    List.of("Élaboration du parcours", 2.0, 35.0, 39.0),
                    List.of("Mise en œuvre (ingénierie)", 1.0, 153.0, 153.0),
                    List.of("Suivi et consolidation", 2.0, 223.5, 336.7));
            assertThat(cells(workbook.getSheet("Résultats des suivis"))).containsExactly(
                    List.of("Indicateur", "Valeur"),
                    List.of("Suivis réalisés", 3.0), List.of("Emplois consolidés", 3.0),
                    List.of("Contrats aidés pérennisés", 3.0), List.of("Financements obtenus (€)", 17000.5));
            assertThat(cells(workbook.getSheet("Satisfaction des structures"))).containsExactly(
                    List.of("Indicateur", "Valeur"),
                    List.of("Réponses", 2.0), List.of("Qualité de l'intervention (sur 5)", 4.5),
                    List.of("Écoute (sur 5)", 4.0), List.of("Utilité (sur 5)", 3.5),
                    List.of("Moyenne des trois questions (sur 5)", 4.0));
        }
    }

    @Test
    void theCsvHoldsEveryFigureOnALineInFrench() throws Exception {
        String csv = mvc.perform(get("/reports/annual.csv").param("from", "2071-01-01").param("to", "2071-12-31")
                        .with(logins.as(regionalAuditor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFTableau;Ligne;Colonne;Valeur\r\n");
        assertThat(csv).contains("Rapport;Du;;01/01/2071\r\n", "Synthèse;Demandes reçues;Nombre;4\r\n",
                "Par forme juridique;Autre;Ingénieries individuelles;2\r\n",
                "Par département;Total;Suivis réalisés;3\r\n",
                "Délais par phase (jours);Suivi et consolidation;9e décile (jours);336,7\r\n",
                "Résultats des suivis;Financements obtenus (€);Valeur;17000,50\r\n");
        // 5 cover lines, 8 summary lines, 5 breakdowns of (rows + total) × 8, 5 × 3 lead times, 4 results, 5 answers.
        long lines = csv.lines().count() - 1;
        assertThat(lines).isEqualTo(5 + 8 + (6 + 6 + 6 + 3 + 3) * 8 + 15 + 4 + 5);
    }

    @Test
    void theOfficerSeesOnlyTheirDepartmentsFigures() throws Exception {
        MvcResult result = mvc.perform(get("/reports/annual").param("year", "2071").with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(view().name("reporting/annual"))
                .andReturn();
        AnnualReport report = (AnnualReport) result.getModelAndView().getModel().get("report");

        assertThat(Arrays.stream(Measure.values()).map(report::total).toList())
                .containsExactly(1L, 1L, 0L, 1L, 1L, 2L, 0L, 0L);
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/reports/annual.xlsx?from=2071-01-01&amp;to=2071-12-31\"",
                "chart.umd.js", "/js/report-charts.js", "data-table=\"by-sector-table\"")
                // The other department's line, not its code alone: a random code such as "ane" is in "Médiane".
                .contains("<th scope=\"row\">" + codes.d2() + "</th>")
                .doesNotContain("<th scope=\"row\">" + codes.d1() + "</th>");
    }

    @Test
    void theRegionalAuditorSeesTheRegion() throws Exception {
        MvcResult result = mvc.perform(get("/reports/annual").param("year", "2071")
                        .with(logins.as(regionalAuditor)))
                .andExpect(status().isOk())
                .andReturn();
        AnnualReport report = (AnnualReport) result.getModelAndView().getModel().get("report");

        assertThat(report.total(Measure.REQUESTS)).isEqualTo(4);
        assertThat(report.results().jobsConsolidated()).isEqualTo(3);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("amounts and days in French, with their decimals").contains("17\u202f000,50", "336,7", "4,50");
    }

    @Test
    void anEmptyYearShowsZeros() throws Exception {
        String page = mvc.perform(get("/reports/annual").param("year", "2069").with(logins.as(regionalAuditor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"no-activity\"");
        mvc.perform(get("/reports/annual.xlsx").param("year", "2069").with(logins.as(regionalAuditor)))
                .andExpect(status().isOk());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsShownBackWithItsError() throws Exception {
        mvc.perform(get("/reports/annual").param("from", "2071-06-01").param("to", "2071-01-01")
                        .with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("period", "to", "report.period.ends-before-start"));
        mvc.perform(get("/reports/annual").param("from", "2071-06-01").with(logins.as(officer)))
                .andExpect(model().attributeHasFieldErrorCode("period", "to", "report.period.to-missing"));
        mvc.perform(get("/reports/annual.xlsx").param("from", "2071-06-01").param("to", "2071-01-01")
                        .with(logins.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/annual.csv").param("year", "1999").with(logins.as(officer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void consultantsAndFacilitatorsAreRefused() throws Exception {
        for (String user : List.of(DemoUsers.CONSULTANT, DemoUsers.FACILITATOR_PARIS)) {
            for (String path : List.of("/reports/annual", "/reports/annual.xlsx", "/reports/annual.csv")) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
        }
    }

    private static List<Object> header(String dimension) {
        return List.of(dimension, "Demandes reçues", "Demandes acceptées", "Demandes orientées",
                "Diagnostics partagés réalisés", "Plans d'accompagnement", "Ingénieries individuelles",
                "Ingénieries collectives (structures)", "Suivis réalisés");
    }

    private static List<Object> line(String label, long... counts) {
        List<Object> line = new ArrayList<>(List.of(label));
        Arrays.stream(counts).forEach(count -> line.add((double) count));
        return line;
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Every row's cells: text as text, numbers as doubles, dates (number cells formatted as dates) as days. */
    private static List<List<Object>> cells(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    values.add(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                            : cell.getNumericCellValue());
                } else {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    values.add(cell.getStringCellValue());
                }
            }
            rows.add(values);
        }
        return rows;
    }
}
