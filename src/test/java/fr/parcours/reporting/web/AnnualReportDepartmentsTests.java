package fr.parcours.reporting.web;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.organisation.Organisation;
import fr.parcours.reporting.AnnualReports;
import fr.parcours.reporting.BreakdownRow;
import fr.parcours.reporting.Dimension;
import fr.parcours.reporting.Measure;
import fr.parcours.reporting.ReportPeriod;
import fr.parcours.reporting.demo.CaseRecord;
import fr.parcours.reporting.demo.FinishedCases;
import fr.parcours.support.Logins;
import fr.parcours.support.Operators;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report by department lists every department of the reader's scope, at zero when nothing happened there: a
 * region's (Hauts-de-France: 02, 59, 60, 62, 80) and an officer's operator's; the page, the XLSX and the CSV show
 * the same lines. A national report lists only the departments with activity.
 */
@ParcoursIntegrationTest
class AnnualReportDepartmentsTests {

    /** Years no other test records cases in. */
    private static final int REGION_YEAR = 2077;
    private static final int OPERATOR_YEAR = 2076;
    private static final String HAUTS_DE_FRANCE = "32";
    private static final String CORSE = "94";
    private static final String BY_DEPARTMENT = "Par département";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    AnnualReports reports;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Operators operators;
    @Autowired
    FinishedCases cases;
    @Autowired
    Scenario scenario;

    @Test
    void aRegionsReportListsEveryDepartmentOfTheRegionWithZerosWhereNothingHappened() throws Exception {
        request("59", HAUTS_DE_FRANCE, of(REGION_YEAR, 3, 2));
        request("59", HAUTS_DE_FRANCE, of(REGION_YEAR, 6, 12));
        request("62", HAUTS_DE_FRANCE, of(REGION_YEAR, 9, 1));
        String coordinator = DemoUsers.COORDINATOR_LILLE;

        List<BreakdownRow> rows = reports.of(ReportPeriod.year(REGION_YEAR), scopes.of(coordinator))
                .breakdown(Dimension.DEPARTMENT).rows();
        assertThat(rows).extracting(row -> row.category().code()).containsExactly("02", "59", "60", "62", "80");
        assertThat(rows).extracting(row -> row.count(Measure.REQUESTS)).containsExactly(0L, 2L, 0L, 1L, 0L);

        List<String> expected = List.of("02 Aisne", "59 Nord", "60 Oise", "62 Pas-de-Calais", "80 Somme");
        String page = mvc.perform(get("/reports/annual").param("year", String.valueOf(REGION_YEAR))
                        .with(logins.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pageLines(page)).containsExactlyElementsOf(expected);
        assertThat(page).containsPattern(Pattern.compile(
                "<th scope=\"row\">02 Aisne</th>\\s*(<td[^>]*>0</td>\\s*){" + Measure.values().length + "}</tr>"));

        String csv = mvc.perform(get("/reports/annual.csv").param("year", String.valueOf(REGION_YEAR))
                        .with(logins.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csvLines(csv)).containsExactlyElementsOf(expected);
        assertThat(csv).contains(BY_DEPARTMENT + ";02 Aisne;Demandes reçues;0\r\n",
                BY_DEPARTMENT + ";59 Nord;Demandes reçues;2\r\n", BY_DEPARTMENT + ";80 Somme;Suivis réalisés;0\r\n");

        assertThat(workbookLines(coordinator, REGION_YEAR)).containsExactlyElementsOf(expected);

        // National readers get the departments with activity only, not a hundred empty lines.
        assertThat(reports.of(ReportPeriod.year(REGION_YEAR), scopes.of(DemoUsers.AUDITOR))
                .breakdown(Dimension.DEPARTMENT).rows()).extracting(row -> row.category().code())
                .contains("59", "62").doesNotContain("02", "60", "80");
    }

    @Test
    void anOfficersReportListsEveryDepartmentOfTheirOperatorWithZerosWhereNothingHappened() throws Exception {
        Organisation operator = operators.newOperator("DLA Corse départements " + System.nanoTime(), CORSE, "2A", "2B");
        String officer = operators.officerOf(operator, "rapport.departements." + System.nanoTime(), CORSE, "2A");
        request("2A", CORSE, of(OPERATOR_YEAR, 4, 15));

        List<BreakdownRow> rows = reports.of(ReportPeriod.year(OPERATOR_YEAR), scopes.of(officer))
                .breakdown(Dimension.DEPARTMENT).rows();
        assertThat(rows).extracting(row -> row.category().code()).containsExactly("2A", "2B");
        assertThat(rows.get(1).isEmpty()).isTrue();

        List<String> expected = List.of("2A Corse-du-Sud", "2B Haute-Corse");
        String page = mvc.perform(get("/reports/annual").param("year", String.valueOf(OPERATOR_YEAR))
                        .with(logins.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pageLines(page)).containsExactlyElementsOf(expected);
        String csv = mvc.perform(get("/reports/annual.csv").param("year", String.valueOf(OPERATOR_YEAR))
                        .with(logins.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csvLines(csv)).containsExactlyElementsOf(expected);
        assertThat(csv).contains(BY_DEPARTMENT + ";2A Corse-du-Sud;Demandes reçues;1\r\n",
                BY_DEPARTMENT + ";2B Haute-Corse;Demandes reçues;0\r\n");
        assertThat(workbookLines(officer, OPERATOR_YEAR)).containsExactlyElementsOf(expected);
    }

    private void request(String department, String region, LocalDate on) {
        cases.record(new CaseRecord(scenario.newStructure(department, region).getId(), department, on, null, false,
                null, null, null, List.of(), List.of(), null));
    }

    /** The row labels of the page's table by department. */
    private static List<String> pageLines(String page) {
        int start = page.indexOf("id=\"by-department\"");
        String section = page.substring(start, page.indexOf("</section>", start));
        String body = section.substring(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
        List<String> labels = new ArrayList<>();
        Matcher row = Pattern.compile("<th scope=\"row\">([^<]*)</th>").matcher(body);
        while (row.find()) {
            labels.add(row.group(1));
        }
        return labels;
    }

    /** The distinct line labels of the CSV's table by department, total excluded. */
    private static List<String> csvLines(String csv) {
        return csv.lines().filter(line -> line.startsWith(BY_DEPARTMENT + ";")).map(line -> line.split(";")[1])
                .distinct().filter(label -> !label.equals("Total")).toList();
    }

    /** The line labels of the workbook's sheet by department, total excluded. */
    private List<String> workbookLines(String user, int year) throws Exception {
        byte[] xlsx = mvc.perform(get("/reports/annual.xlsx").param("year", String.valueOf(year))
                        .with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(BY_DEPARTMENT);
            List<String> labels = new ArrayList<>();
            for (Row row : sheet) {
                String label = row.getCell(0).getStringCellValue();
                if (row.getRowNum() > 0 && !label.equals("Total")) {
                    labels.add(label);
                }
            }
            return labels;
        }
    }
}
