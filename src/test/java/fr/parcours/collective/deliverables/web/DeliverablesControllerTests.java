package fr.parcours.collective.deliverables.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class DeliverablesControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scenario scenario;
    @Autowired
    DeliverablesService deliverables;
    @Autowired
    TaskService taskService;

    @Test
    void theFormShowsTheFiveCiterRegistersAndTheLeadRows() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);

        mvc.perform(get(path(collective, participation)).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/deliverables"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("registers",
                        org.hamcrest.Matchers.hasSize(5))));
    }

    @Test
    void goodInputIsSavedAndLeadsToTheDashboard() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);

        mvc.perform(valid(collective, participation).param("registers[2].outputs", "Médiations de voisinage")
                        .param("leads[1].funder", "Fondation de France").param("leads[1].amountSought", "8000")
                        .param("leads[1].status", "APPLIED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/collective/" + collective.getId() + "/dashboard"));

        // The form's posted count is ignored: posts made permanent come from the adultes-relais agreements.
        assertThat(jdbc.queryForObject("select aided_contracts_made_permanent from collective_deliverables"
                + " where participation_id = ?", Integer.class, participation)).isNull();
        assertThat(jdbc.queryForList("select funder from collective_funding_lead where participation_id = ? order by id",
                String.class, participation)).containsExactly("Région Hauts-de-France", "Fondation de France");
        assertThat(jdbc.queryForList("select register from collective_evaluation where participation_id = ?",
                String.class, participation)).containsExactly("PUBLIC_TRANQUILLITY");
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingIsSaved() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);
        String tooLong = "x".repeat(2001);

        for (Map.Entry<String[], String> bad : List.of(
                Map.entry(new String[] {"aidedContractsAtStake", "-1"}, "aidedContractsAtStake"),
                Map.entry(new String[] {"actionPlanDate", LocalDate.now().plusDays(1).toString()}, "actionPlanDate"),
                Map.entry(new String[] {"actionPlanDate", "2016-01-01"}, "actionPlanDate"),
                Map.entry(new String[] {"actionPlan", " "}, "actionPlan"),
                Map.entry(new String[] {"leads[0].amountSought", "-5"}, "leads[0].amountSought"),
                Map.entry(new String[] {"leads[0].amountSought", "abc"}, "leads[0].amountSought"),
                Map.entry(new String[] {"leads[0].status", "NOT_A_STATUS"}, "leads[0].status"),
                Map.entry(new String[] {"leads[0].amountObtained", ""}, "leads[0].amountObtained"),
                Map.entry(new String[] {"leads[0].funder", " "}, "leads[0].funder"),
                Map.entry(new String[] {"registers[1].impacts", tooLong}, "registers[1].impacts"))) {
            mvc.perform(valid(collective, participation, bad.getKey()[0], bad.getKey()[1]))
                    .andExpect(status().isOk())
                    .andExpect(view().name("collective/deliverables"))
                    .andExpect(model().attributeHasFieldErrors("form", bad.getValue()));
        }
        mvc.perform(valid(collective, participation, "leads[1].funder", "Sans montant"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "leads[1].amountSought", "leads[1].status"));

        assertThat(jdbc.queryForObject("select count(*) from collective_deliverables where participation_id = ?",
                Integer.class, participation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from collective_funding_lead where participation_id = ?",
                Integer.class, participation)).isZero();
    }

    @Test
    void anotherRegionsCoordinatorGetsNotFoundOnTheFormTheDashboardAndTheCsv() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);
        String other = collectiveScenario.coordinatorOfProvence();

        mvc.perform(get(path(collective, participation)).with(logins.as(other))).andExpect(status().isNotFound());
        mvc.perform(post(path(collective, participation)).with(logins.as(other)).with(csrf())
                .param("aidedContractsAtStake", "2")).andExpect(status().isNotFound());
        mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/collective/{id}/dashboard.csv", collective.getId()).with(logins.as(other)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from collective_deliverables where participation_id = ?",
                Integer.class, participation)).isZero();
    }

    @Test
    void aStructureOfAnotherCollectiveOfTheRegionIsNotFoundThroughThisCollective() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 1);
        CollectiveAccompaniment another = collectiveScenario.openInHautsDeFrance();
        long participationOfAnother = collectiveScenario.toFirstSession(another, 1).get(0);

        mvc.perform(get(path(collective, participationOfAnother)).with(logins.as(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(valid(collective, participationOfAnother)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from collective_deliverables where participation_id = ?",
                Integer.class, participationOfAnother)).isZero();
    }

    @Test
    void theTrackDeclaresTheDeliverablesHandedInOnlyOnceTheyAreAllRecorded() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_RECORD_STRUCTURE_NEEDS), COORDINATOR, VAR_SUBMISSION,
                new TrackReport("Pérenniser les adultes-relais", TrackOutcome.CONTINUING, null, COORDINATOR));
        Task work = scenario.task(pid, TASK_RECORD_STRUCTURE_WORK);
        deliverables.record(participation, new Deliverables("Plan", LocalDate.now(), 2, 1, List.of(), Map.of()),
                COORDINATOR);

        mvc.perform(post("/collective/tasks/{id}/track", work.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("outcome", "DELIVERED").param("text", "Livrables remis"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "outcome"));
        assertThat(taskService.createTaskQuery().taskId(work.getId()).count()).isEqualTo(1);

        deliverables.record(participation, DeliverablesExamples.full(2, 1, List.of(DeliverablesExamples.lead(
                "Région", "5000", FundingStatus.LEAD, null))), COORDINATOR);
        mvc.perform(post("/collective/tasks/{id}/track", work.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("outcome", "DELIVERED").param("text", "Livrables remis"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select delivered_on from collective_participation where id = ?",
                LocalDate.class, participation)).isNotNull();
    }

    private MockHttpServletRequestBuilder valid(CollectiveAccompaniment collective, long participation) {
        return valid(collective, participation, "actionPlan", "Pérenniser deux postes d'adultes-relais");
    }

    /** A complete, valid form where {@code name} takes {@code value}: a test makes one parameter bad. */
    private MockHttpServletRequestBuilder valid(CollectiveAccompaniment collective, long participation, String name,
                                                String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actionPlan", "Pérenniser deux postes d'adultes-relais");
        params.put("actionPlanDate", LocalDate.now().toString());
        params.put("aidedContractsAtStake", "2");
        params.put("aidedContractsMadePermanent", "1");
        params.put("leads[0].funder", "Région Hauts-de-France");
        params.put("leads[0].amountSought", "20000");
        params.put("leads[0].status", "OBTAINED");
        params.put("leads[0].amountObtained", "15000");
        params.put(name, value);
        MockHttpServletRequestBuilder request = post(path(collective, participation)).with(logins.as(COORDINATOR))
                .with(csrf());
        params.forEach(request::param);
        return request;
    }

    private static String path(CollectiveAccompaniment collective, long participation) {
        return "/collective/" + collective.getId() + "/structures/" + participation + "/deliverables";
    }
}
