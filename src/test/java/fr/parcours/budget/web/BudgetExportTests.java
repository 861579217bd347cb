package fr.parcours.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.budget.BudgetScenario;
import fr.parcours.budget.BudgetScenario.Territory;
import fr.parcours.budget.BudgetService;
import fr.parcours.budget.CofinancingSource;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget page's CSV: an operator's envelope and its missions for its officer, what the page shows; nothing of it
 * for another operator's officer or another region; refused to the roles that do not read budgets.
 */
@ParcoursIntegrationTest
class BudgetExportTests {

    private static final String HEADER = "\uFEFFLigne;Porteur de l'enveloppe;Type de porteur;Territoire;Année;"
            + "Structure accompagnée ou collectif;Prestataire;Date de commande;Jours;Enveloppe (€);"
            + "Montant convenu (€);Cofinancé (€);Engagé (€);Facturé (€);Payé (€);Reste disponible (€);Missions;Statut\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    BudgetScenario budgetScenario;
    @Autowired
    BudgetService service;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    private final int year = LocalDate.now().getYear();
    Territory territory;
    String invoicedStructure;
    String orderedStructure;

    /**
     * A new operator's envelope of 20 000 € with two missions: 4 000 € (1 000 € from the ESF, 3 000 € invoiced) and
     * 5 000 €. Built in each test: the process tests' coverage listener allows no process run before them.
     */
    private void anEnvelopeWithTwoMissions() {
        territory = budgetScenario.newTerritory();
        String officer = territory.officer();
        service.setOperatorEnvelope(territory.operator().getId(), year, new BigDecimal("20000"), officer,
                scopes.of(officer));
        Accompaniment invoiced = budgetScenario.atChoice(territory, new BigDecimal("4000"));
        budgetScenario.choose(territory, invoiced, null);
        Accompaniment ordered = budgetScenario.atChoice(territory, new BigDecimal("5000"));
        budgetScenario.choose(territory, ordered, null);
        long mission = jdbc.queryForObject("select id from budget_mission where accompaniment_id = ?", Long.class,
                invoiced.getId());
        service.addCofinancing(mission, CofinancingSource.ESF, null, new BigDecimal("1000"), officer, scopes.of(officer));
        service.receiveInvoice(mission, "F-1", LocalDate.now(), new BigDecimal("3000"), officer, scopes.of(officer));
        invoicedStructure = structureOf(invoiced);
        orderedStructure = structureOf(ordered);
    }

    @Test
    void anOfficerGetsTheirOperatorsEnvelopeAndEveryMissionChargedToIt() throws Exception {
        anEnvelopeWithTwoMissions();
        String page = mvc.perform(get("/budget").param("year", String.valueOf(year)).with(logins.as(territory.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/budget/export.csv?year=" + year + "\"", "Exporter en CSV");

        String csv = mvc.perform(get("/budget/export.csv").param("year", String.valueOf(year))
                        .with(logins.as(territory.officer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"budget-ingenierie-" + year + ".csv\""))
                .andReturn().getResponse().getContentAsString();
        String operator = territory.operator().getName();
        String prefix = operator + ";Opérateur DLA;Départements 2B;" + year + ";";
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(csv).startsWith(HEADER);
        assertThat(csv.lines().skip(1).toList()).containsExactly(
                "Enveloppe;" + prefix + ";;;;20000,00;9000,00;1000,00;8000,00;3000,00;0;12000,00;2;Dans l'enveloppe",
                "Mission;" + prefix + invoicedStructure + ";France Médiation;" + today
                        + ";10,00;;4000,00;1000,00;3000,00;3000,00;0;;;Facture à payer",
                "Mission;" + prefix + orderedStructure + ";France Médiation;" + today
                        + ";10,00;;5000,00;0;5000,00;0;0;;;Commandée, non facturée");
    }

    @Test
    void anotherOperatorsOfficerAndAnotherRegionGetNoneOfItButTheRegionsCoordinatorDoes() throws Exception {
        anEnvelopeWithTwoMissions();
        Territory other = budgetScenario.newTerritory();
        String operator = territory.operator().getName();
        for (String outsider : List.of(other.officer(), DemoUsers.COORDINATOR_LILLE, DemoUsers.OFFICER_NICE)) {
            String csv = csv(outsider);
            assertThat(csv).as(outsider).startsWith(HEADER).doesNotContain(operator, invoicedStructure,
                    orderedStructure);
        }
        assertThat(csv(other.officer())).isEqualTo(HEADER);
        assertThat(csv(budgetScenario.coordinator())).contains("Enveloppe;" + operator + ";",
                "Mission;" + operator + ";Opérateur DLA;Départements 2B;" + year + ";" + invoicedStructure + ";");
        assertThat(csv(DemoUsers.AUDITOR)).contains("Enveloppe;" + operator + ";");
    }

    @Test
    void rolesThatReadNoBudgetAreRefused() throws Exception {
        for (String refused : List.of(DemoUsers.CONSULTANT, DemoUsers.FACILITATOR_PARIS)) {
            mvc.perform(get("/budget/export.csv").param("year", String.valueOf(year)).with(logins.as(refused)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/budget/export.csv")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/budget/export.csv").with(logins.as(DemoUsers.AUDITOR)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String csv(String user) throws Exception {
        return mvc.perform(get("/budget/export.csv").param("year", String.valueOf(year)).with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aStructureNamedLikeAFormulaIsTextInTheExport() throws Exception {
        anEnvelopeWithTwoMissions();
        String formula = "=HYPERLINK(\"http://example.invalid/" + territory.officer() + "\";\"Ouvrir\")";
        jdbc.update("update budget_mission set structure_name = ? where structure_name = ?", formula, invoicedStructure);

        String csv = mvc.perform(get("/budget/export.csv").param("year", String.valueOf(year))
                        .with(logins.as(territory.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(";=HYPERLINK(").doesNotContain(";\"=HYPERLINK(");
    }

    private String structureOf(Accompaniment accompaniment) {
        return jdbc.queryForObject("select structure_name from budget_mission where accompaniment_id = ?",
                String.class, accompaniment.getId());
    }
}
