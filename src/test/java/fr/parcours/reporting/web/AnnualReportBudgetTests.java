package fr.parcours.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.budget.BudgetScenario;
import fr.parcours.budget.BudgetScenario.Territory;
import fr.parcours.budget.BudgetService;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The annual report's budget lines: the year's envelopes of the reader's scope, with what the missions took. */
@ParcoursIntegrationTest
class AnnualReportBudgetTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    BudgetScenario budgetScenario;
    @Autowired
    BudgetService budgets;
    @Autowired
    Scopes scopes;

    @Test
    void theOperatorsEnvelopeAndItsCommittedAmountAreInTheWorkbook() throws Exception {
        int year = LocalDate.now().getYear();
        Territory territory = budgetScenario.newTerritory();
        budgets.setOperatorEnvelope(territory.operator().getId(), year, new BigDecimal("20000"),
                territory.officer(), scopes.of(territory.officer()));
        Accompaniment accompaniment = budgetScenario.atChoice(territory, new BigDecimal("8000.00"));
        budgetScenario.choose(territory, accompaniment, null);
        Territory other = budgetScenario.newTerritory();
        budgets.setOperatorEnvelope(other.operator().getId(), year, new BigDecimal("5000"),
                other.officer(), scopes.of(other.officer()));

        byte[] xlsx = mvc.perform(get("/reports/annual.xlsx").param("year", String.valueOf(year))
                        .with(logins.as(territory.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet budget = workbook.getSheet("Budget d'ingénierie");
            assertThat(budget.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Montant de l'enveloppe (€)");
            assertThat(budget.getLastRowNum()).isEqualTo(1);
            Row line = budget.getRow(1);
            assertThat(line.getCell(0).getStringCellValue()).contains(territory.operator().getName(), "(" + year + ")");
            assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(20000.0);
            assertThat(line.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(8000.0);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(12000.0);
        }
    }
}
