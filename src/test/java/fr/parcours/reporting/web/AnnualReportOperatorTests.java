package fr.parcours.reporting.web;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.reporting.AnnualReports;
import fr.parcours.reporting.Measure;
import fr.parcours.reporting.ReportPeriod;
import fr.parcours.reporting.demo.CaseRecord;
import fr.parcours.reporting.demo.FinishedCases;
import fr.parcours.support.Logins;
import fr.parcours.support.Operators;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer's annual report is their DLA operator's: it covers the operator's departments (not only the officer's
 * own), names the operator in its title, and shows none of another operator's figures.
 */
@ParcoursIntegrationTest
class AnnualReportOperatorTests {

    /** A year no other test records cases in; Corse's two departments, 2A and 2B. */
    private static final int YEAR = 2073;
    private static final String REGION = "94";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    AnnualReports reports;
    @Autowired
    Scopes scopes;
    @Autowired
    Operators operators;
    @Autowired
    FinishedCases cases;
    @Autowired
    Scenario scenario;

    @Test
    void anOfficersReportCoversTheirOperatorsDepartmentsOnlyAndNamesTheOperator() throws Exception {
        Organisation southern = operator("DLA Corse-du-Sud rapport", "2A");
        Organisation northern = operator("DLA Haute-Corse rapport", "2B");
        Organisation island = operator("DLA Corse rapport", "2A", "2B");
        String south = officer("rapport.sud", southern, "2A");
        String north = officer("rapport.nord", northern, "2B");
        // Works for the operator of both departments, but covers 2A only: the report is the operator's.
        String islander = officer("rapport.ile", island, "2A");
        request("2A", of(YEAR, 2, 1));
        request("2A", of(YEAR, 5, 3));
        request("2B", of(YEAR, 9, 20));

        assertThat(requests(south)).isEqualTo(2);
        assertThat(requests(north)).isEqualTo(1);
        assertThat(requests(islander)).isEqualTo(3);
        assertThat(reports.of(ReportPeriod.year(YEAR), scopes.of(DemoUsers.AUDITOR)).total(Measure.REQUESTS))
                .isGreaterThanOrEqualTo(3);

        String page = mvc.perform(get("/reports/annual").param("year", String.valueOf(YEAR)).with(logins.as(north)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rapport annuel d&#39;activité DLA — " + northern.getName(),
                northern.getName() + " (départements 2B)").doesNotContain(southern.getName());
        byte[] xlsx = mvc.perform(get("/reports/annual.xlsx").param("year", String.valueOf(YEAR))
                        .with(logins.as(islander)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Rapport annuel d'activité DLA — " + island.getName());
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(island.getName() + " (départements 2A, 2B)");
        }
    }

    private long requests(String officer) {
        return reports.of(ReportPeriod.year(YEAR), scopes.of(officer)).total(Measure.REQUESTS);
    }

    private Organisation operator(String name, String... departments) {
        return operators.newOperator(name + " " + System.nanoTime(), REGION, departments);
    }

    private String officer(String prefix, Organisation operator, String department) {
        return operators.officerOf(operator, prefix + "." + System.nanoTime(), REGION, department);
    }

    private void request(String department, java.time.LocalDate on) {
        cases.record(new CaseRecord(scenario.newStructure(department, REGION).getId(), department, on, null, false,
                null, null, null, List.of(), List.of(), null));
    }
}
