package fr.parcours.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.budget.BudgetScenario;
import fr.parcours.budget.BudgetScenario.Territory;
import fr.parcours.budget.BudgetService;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The budget's forms and pages, and the DLA's validation of a choice that goes over the envelope. */
@ParcoursIntegrationTest
class BudgetWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    BudgetScenario budgetScenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    BudgetService service;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    private final String today = LocalDate.now().toString();
    private final int year = LocalDate.now().getYear();

    @Test
    void aChoiceOverTheEnvelopeWarnsAndNeedsAReasonKeptInThePvAndTheAuditTrail() throws Exception {
        Territory territory = budgetScenario.newTerritory();
        service.setOperatorEnvelope(territory.operator().getId(), year, new BigDecimal("10000"),
                territory.officer(), scopes.of(territory.officer()));
        Accompaniment first = budgetScenario.atChoice(territory, new BigDecimal("8000"));
        budgetScenario.choose(territory, first, null);
        Accompaniment second = budgetScenario.atChoice(territory, new BigDecimal("5000"));
        Task task = budgetScenario.choiceTask(second);
        long candidate = budgetScenario.franceMediation(second.getProcessInstanceId()).getId();
        String url = "/dla/tasks/" + task.getId() + "/consultant-choice";

        String page = mvc.perform(post(url).with(logins.as(territory.officer())).with(csrf())
                        .param("candidateId", String.valueOf(candidate)).param("minutes", "PV du comité")
                        .param("decidedOn", today))
                .andExpect(status().isOk()).andExpect(view().name("dla/engineering/choice"))
                .andExpect(model().attributeHasFieldErrorCode("form", "overEnvelopeReason",
                        "budget.error.over-envelope-reason"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"over-envelope\"", "dépassement 3\u202f000,00 €")
                .contains("Ce choix dépasse l&#39;enveloppe : indiquez le motif du dépassement.");
        assertThat(jdbc.queryForObject("select count(*) from budget_mission where accompaniment_id = ?", Integer.class,
                second.getId())).isZero();

        mvc.perform(post(url).with(logins.as(territory.officer())).with(csrf())
                        .param("candidateId", String.valueOf(candidate)).param("minutes", "PV du comité")
                        .param("decidedOn", today).param("overEnvelopeReason", "Seul prestataire disponible à temps"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("""
                select c.minutes from consultant_choice c join engineering_mission m on m.id = c.mission_id
                 where m.accompaniment_id = ?""", String.class, second.getId()))
                .isEqualTo("PV du comité\n\nDépassement de l'enveloppe d'ingénierie — motif : Seul prestataire disponible à temps");
        assertThat(jdbc.queryForObject("select over_envelope_reason from budget_mission where accompaniment_id = ?",
                String.class, second.getId())).isEqualTo("Seul prestataire disponible à temps");
        assertThat(jdbc.queryForObject("""
                select details from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?
                   and action = 'mission-over-envelope'""", String.class, second.getId()))
                .isEqualTo("enveloppe 10000.00 € ; engagé 8000.00 € ; mission 5000.00 € ; dépassement 3000.00 €");
    }

    @Test
    void theEnvelopeFormRefusesBadAmountsSavesAGoodOneAndOnlyItsOperatorsOfficersItsRegionAndNationalReadersReadIt()
            throws Exception {
        Territory territory = budgetScenario.newTerritory();
        Territory other = budgetScenario.newTerritory();
        String operator = territory.operator().getId().toString();
        String form = mvc.perform(get("/budget/envelopes/new").with(logins.as(territory.officer())))
                .andExpect(status().isOk()).andExpect(view().name("budget/envelope-form"))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains(territory.operator().getName() + " (2B)").doesNotContain(other.operator().getName());
        mvc.perform(post("/budget/envelopes").with(logins.as(territory.officer())).with(csrf())
                        .param("operatorId", operator).param("year", String.valueOf(year)).param("amount", "12.345"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "amount", "Digits"));
        mvc.perform(post("/budget/envelopes").with(logins.as(territory.officer())).with(csrf())
                        .param("operatorId", operator).param("year", "").param("amount", "-4"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "amount", "Positive"))
                .andExpect(model().attributeHasFieldErrorCode("form", "year", "NotNull"));
        String refused = mvc.perform(post("/budget/envelopes").with(logins.as(other.officer())).with(csrf())
                        .param("operatorId", operator).param("year", String.valueOf(year)).param("amount", "100"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "operatorId", "budget.error.operator-out-of-reach"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choisissez un opérateur DLA dont vous gérez l&#39;enveloppe.");
        assertThat(envelopes(territory)).isZero();

        mvc.perform(post("/budget/envelopes").with(logins.as(territory.officer())).with(csrf())
                        .param("operatorId", operator).param("year", String.valueOf(year)).param("amount", "45000.50"))
                .andExpect(status().is3xxRedirection());
        assertThat(envelopes(territory)).isEqualTo(1);
        long id = jdbc.queryForObject("select id from budget_envelope where operator_id = ?", Long.class,
                territory.operator().getId());
        assertThat(mvc.perform(get("/budget").with(logins.as(territory.officer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(territory.operator().getName(),
                "45\u202f000,50 €", "Départements 2B");
        assertThat(mvc.perform(get("/budget/envelopes/{id}", id).with(logins.as(budgetScenario.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(territory.operator().getName(), "45\u202f000,50 €");
        mvc.perform(get("/budget/envelopes/{id}", id).with(logins.as(DemoUsers.AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/budget/envelopes/{id}", id).with(logins.as(DemoUsers.ADMIN))).andExpect(status().isOk());
        // An officer of the same department working for another operator: a 404, and none of its figures.
        mvc.perform(get("/budget/envelopes/{id}", id).with(logins.as(other.officer()))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/budget").with(logins.as(other.officer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .doesNotContain(territory.operator().getName(), "45\u202f000,50 €");
        mvc.perform(get("/budget/envelopes/{id}", id).with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isNotFound());
        mvc.perform(get("/budget").with(logins.as(DemoUsers.CONSULTANT))).andExpect(status().isForbidden());
        mvc.perform(post("/budget/envelopes").with(logins.as(DemoUsers.AUDITOR)).with(csrf())
                        .param("operatorId", operator).param("year", String.valueOf(year)).param("amount", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMissionFormsRefuseIncoherentAmountsAndDatesAndSaveGoodOnes() throws Exception {
        Territory territory = budgetScenario.newTerritory();
        Accompaniment accompaniment = budgetScenario.atChoice(territory, new BigDecimal("4000"));
        budgetScenario.choose(territory, accompaniment, null);
        long mission = jdbc.queryForObject("select id from budget_mission where accompaniment_id = ?", Long.class,
                accompaniment.getId());
        String url = "/budget/missions/" + mission;

        mvc.perform(get(url).with(logins.as(territory.officer()))).andExpect(status().isOk())
                .andExpect(view().name("budget/mission"));
        mvc.perform(post(url + "/cofinancing").with(logins.as(territory.officer())).with(csrf())
                        .param("source", "REGION").param("amount", "4000.01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("cofinancingForm", "amount", "budget.error.cofinancing-over-agreed"));
        mvc.perform(post(url + "/cofinancing").with(logins.as(territory.officer())).with(csrf())
                        .param("source", "OTHER").param("amount", "100"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("cofinancingForm", "funder", "budget.error.funder-required"));
        mvc.perform(post(url + "/invoices").with(logins.as(territory.officer())).with(csrf())
                        .param("reference", "F-9").param("receivedOn", LocalDate.now().minusDays(3).toString())
                        .param("amount", "100"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invoiceForm", "receivedOn", "budget.error.invoice-before-order"));
        mvc.perform(post(url + "/invoices").with(logins.as(territory.officer())).with(csrf())
                        .param("reference", "").param("receivedOn", "hier").param("amount", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("invoiceForm", "reference", "receivedOn", "amount"));
        assertThat(rows("budget_cofinancing", mission) + rows("budget_invoice", mission)).isZero();

        mvc.perform(post(url + "/cofinancing").with(logins.as(territory.officer())).with(csrf())
                        .param("source", "ESF").param("amount", "1200"))
                .andExpect(redirectedUrl(url));
        mvc.perform(post(url + "/invoices").with(logins.as(territory.officer())).with(csrf())
                        .param("reference", "F-10").param("receivedOn", today).param("amount", "2800"))
                .andExpect(redirectedUrl(url));
        long invoice = jdbc.queryForObject("select id from budget_invoice where budget_mission_id = ?", Long.class, mission);
        mvc.perform(post(url + "/invoices/" + invoice + "/paid").with(logins.as(territory.officer())).with(csrf())
                        .param("date", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "date", "budget.error.paid-before-received"));
        mvc.perform(post(url + "/invoices/" + invoice + "/paid").with(logins.as(territory.officer())).with(csrf())
                        .param("date", today))
                .andExpect(redirectedUrl(url));
        String page = mvc.perform(get(url).with(logins.as(territory.officer()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("id=\"committed\">2.800,00 €").containsPattern("id=\"paid\">2.800,00 €");

        mvc.perform(get(url).with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isNotFound());
        mvc.perform(post(url + "/cofinancing").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("source", "ESF").param("amount", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/cofinancing").with(logins.as(DemoUsers.AUDITOR)).with(csrf())
                        .param("source", "ESF").param("amount", "1"))
                .andExpect(status().isForbidden());
        assertThat(rows("budget_cofinancing", mission)).isEqualTo(1);
    }

    @Test
    void theCoordinatorSetsTheCollectivesEnvelopeAndAnotherRegionGets404() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String url = "/budget/collectives/" + collective.getId();
        mvc.perform(get(url).with(logins.as(CollectiveScenario.COORDINATOR))).andExpect(status().isOk())
                .andExpect(view().name("budget/collective"));
        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "amount", "Positive"));
        assertThat(jdbc.queryForObject("select count(*) from budget_envelope where collective_id = ?", Integer.class,
                collective.getId())).isZero();
        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "30000"))
                .andExpect(redirectedUrl(url + "?year=" + year));
        assertThat(jdbc.queryForObject("select amount from budget_envelope where collective_id = ?", BigDecimal.class,
                collective.getId())).isEqualByComparingTo("30000");
        assertThat(mvc.perform(get("/budget").with(logins.as(CollectiveScenario.COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).contains(collective.getTitle());

        String provence = collectiveScenario.coordinatorOfProvence();
        mvc.perform(get(url).with(logins.as(provence))).andExpect(status().isNotFound());
        mvc.perform(post(url).with(logins.as(provence)).with(csrf()).param("year", String.valueOf(year))
                .param("amount", "1")).andExpect(status().isNotFound());
        mvc.perform(get(url).with(logins.as(DemoUsers.OFFICER_LILLE))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select amount from budget_envelope where collective_id = ?", BigDecimal.class,
                collective.getId())).isEqualByComparingTo("30000");
    }

    @Test
    void aCollectivesChoiceOverItsEnvelopeNeedsAReasonToo() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.mobilise(collective, collectiveScenario.structures(1));
        collectiveScenario.writeSpecifications(collective);
        service.setCollectiveEnvelope(collective.getId(), year, new BigDecimal("15000"), CollectiveScenario.COORDINATOR,
                scopes.of(CollectiveScenario.COORDINATOR));
        long candidate = collectiveScenario.toChoice(collective, CollectiveScenario.COORDINATOR).getId();
        String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
                String.class, collective.getProcessInstanceId(), "Task_ValidateChoice");
        String url = "/collective/tasks/" + task + "/choice";

        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("candidateId", String.valueOf(candidate)).param("minutes", "Comité de pilotage")
                        .param("decidedOn", today))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "overEnvelopeReason",
                        "budget.error.over-envelope-reason"));
        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("candidateId", String.valueOf(candidate)).param("minutes", "Comité de pilotage")
                        .param("decidedOn", today).param("overEnvelopeReason", "Cofinancement régional attendu"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select choice_minutes from collective_accompaniment where id = ?", String.class,
                collective.getId())).endsWith("motif : Cofinancement régional attendu");
        assertThat(jdbc.queryForObject("select over_envelope_reason from budget_mission where collective_id = ?",
                String.class, collective.getId())).isEqualTo("Cofinancement régional attendu");
        assertThat(jdbc.queryForList("select details from audit_record where case_type = 'COLLECTIVE' and case_id = ?"
                + " and action = 'mission-over-envelope'", String.class, collective.getId()))
                .containsExactly("enveloppe 15000.00 € ; engagé 0 € ; mission 18000.00 € ; dépassement 3000.00 €");
        assertThat(mvc.perform(get("/budget/collectives/{id}", collective.getId())
                        .with(logins.as(CollectiveScenario.COORDINATOR))).andReturn().getResponse().getContentAsString())
                .containsPattern("id=\"figure-remaining\">\\s*<span>-3.000,00 €</span>");
    }

    private int envelopes(Territory territory) {
        return jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?", Integer.class,
                territory.operator().getId());
    }

    private int rows(String table, long mission) {
        return jdbc.queryForObject("select count(*) from " + table + " where budget_mission_id = ?", Integer.class, mission);
    }
}
