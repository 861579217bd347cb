package fr.parcours.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.budget.BudgetRuleException;
import fr.parcours.budget.BudgetScenario;
import fr.parcours.budget.BudgetScenario.Territory;
import fr.parcours.budget.BudgetService;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer recorded as working for no DLA operator reaches no operator's budget: the page says why, and their
 * writes are refused with a French message (or a 404 for a mission out of reach), saving nothing.
 */
@ParcoursIntegrationTest
class OfficerWithoutOperatorTests {

    private static final String EXPLANATION = "Aucun opérateur DLA n&#39;est enregistré pour votre compte : "
            + "l&#39;enveloppe et les coûts de mission d&#39;un opérateur ne s&#39;affichent qu&#39;à ses "
            + "chargé·es d&#39;accompagnement.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    BudgetScenario budgetScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BudgetService service;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    private final int year = LocalDate.now().getYear();

    @Test
    void theBudgetPageExplainsWhyItShowsNoOperatorAndOffersNoNewEnvelope() throws Exception {
        String officer = officerWithoutOperator();
        String page = mvc.perform(get("/budget").with(logins.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"officer-without-operator\"", EXPLANATION, "Administration → Personnes")
                .doesNotContain("href=\"/budget/envelopes/new\"", "Aucune enveloppe enregistrée");
        assertThat(mvc.perform(get("/budget").param("lang", "en").with(logins.as(officer)))
                .andReturn().getResponse().getContentAsString())
                .contains("No DLA operator is recorded for your account");
        assertThat(mvc.perform(get("/budget/envelopes/new").with(logins.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("id=\"officer-without-operator\"", EXPLANATION).doesNotContain("id=\"no-operator\"");

        // An officer who works for an operator, a coordinator and an administrator are not told so.
        for (String reader : List.of(budgetScenario.newTerritory().officer(), budgetScenario.coordinator(),
                DemoUsers.ADMIN)) {
            assertThat(mvc.perform(get("/budget").with(logins.as(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString()).as(reader)
                    .doesNotContain("officer-without-operator").contains("href=\"/budget/envelopes/new\"");
        }
    }

    @Test
    void anEnvelopeIsRefusedWithAFrenchMessageAndNothingIsSaved() throws Exception {
        Territory territory = budgetScenario.newTerritory();
        String officer = officerWithoutOperator();
        String operator = territory.operator().getId().toString();

        String page = mvc.perform(post("/budget/envelopes").with(logins.as(officer)).with(csrf())
                        .param("operatorId", operator).param("year", String.valueOf(year)).param("amount", "1000"))
                .andExpect(status().isOk()).andExpect(view().name("budget/envelope-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "operatorId",
                        "budget.error.officer-without-operator"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("vous ne pouvez fixer aucune enveloppe", "id=\"officer-without-operator\"");
        assertThat(envelopes(territory)).isZero();

        assertThatThrownBy(() -> service.setOperatorEnvelope(territory.operator().getId(), year,
                new BigDecimal("1000"), officer, scopes.of(officer)))
                .isInstanceOfSatisfying(BudgetRuleException.class,
                        refused -> assertThat(refused.getCode()).isEqualTo("budget.error.officer-without-operator"));
        assertThat(envelopes(territory)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where actor = ?", Integer.class, officer))
                .isZero();
    }

    @Test
    void aMissionsCostIsOutOfReachAndNothingIsSaved() throws Exception {
        Territory territory = budgetScenario.newTerritory();
        Accompaniment accompaniment = budgetScenario.atChoice(territory, new BigDecimal("4000"));
        budgetScenario.choose(territory, accompaniment, null);
        long mission = jdbc.queryForObject("select id from budget_mission where accompaniment_id = ?", Long.class,
                accompaniment.getId());
        String officer = officerWithoutOperator();

        mvc.perform(get("/budget/missions/{id}", mission).with(logins.as(officer))).andExpect(status().isNotFound());
        mvc.perform(post("/budget/missions/{id}/cofinancing", mission).with(logins.as(officer)).with(csrf())
                        .param("source", "ESF").param("amount", "100"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from budget_cofinancing where budget_mission_id = ?",
                Integer.class, mission)).isZero();
    }

    /** An officer of the budget scenario's department, created before operators were recorded on accounts. */
    private String officerWithoutOperator() {
        String officer = "budget.unlinked." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(officer, "Sans", "Opérateur", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, BudgetScenario.REGION, BudgetScenario.DEPARTMENT));
        return officer;
    }

    private int envelopes(Territory territory) {
        return jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?", Integer.class,
                territory.operator().getId());
    }
}
