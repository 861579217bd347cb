package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.CaseSummary;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The collectives list, the new-collective form, a collective's page, and who may see them. */
@ParcoursIntegrationTest
class CollectiveControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    CollectiveCaseDirectory caseDirectory;
    @Autowired
    CollectiveTaskForms taskForms;

    @Test
    void aCoordinatorOpensACollectiveOfTheirRegionAndItsCensusWaits() throws Exception {
        String title = "Collectif médiation " + System.nanoTime();

        mvc.perform(post("/collective").with(logins.as(COORDINATOR)).with(csrf()).param("title", title)
                        .param("regionCode", "32").param("plannedMonths", "6").param("startDate", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "collective.opened"));

        String pid = jdbc.queryForObject("select process_instance_id from collective_accompaniment where title = ?",
                String.class, title);
        assertThat(jdbc.queryForObject("select planned_months from collective_accompaniment where title = ?",
                Integer.class, title)).isEqualTo(6);
        scenario.task(pid, TASK_RECORD_CENSUS);
    }

    @Test
    void theNewFormProposesTheConfiguredDurationAndTheCoordinatorsRegion() throws Exception {
        mvc.perform(get("/collective/new").with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/new-collective"))
                .andExpect(model().attribute("regions", List.of("32")))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("plannedMonths",
                        org.hamcrest.Matchers.is(6))));
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingIsOpened() throws Exception {
        int before = count();

        mvc.perform(post("/collective").with(logins.as(COORDINATOR)).with(csrf()).param("title", " ")
                        .param("regionCode", "93").param("plannedMonths", "0").param("startDate", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/new-collective"))
                .andExpect(model().attributeHasFieldErrors("form", "title", "regionCode", "plannedMonths", "startDate"));
        mvc.perform(post("/collective").with(logins.as(COORDINATOR)).with(csrf()).param("title", "x".repeat(201))
                        .param("regionCode", "32").param("plannedMonths", "ten").param("startDate", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "plannedMonths", "startDate"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCollectivePageShowsEachStructureWithItsStatusAndSessionsAttended() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 3);
        scenario.complete(scenario.task(collective.getProcessInstanceId(), DlaCollectiveProcess.TASK_HOLD_SESSION),
                COORDINATOR, DlaCollectiveProcess.VAR_SUBMISSION, new SessionReport(LocalDate.of(2017, 1, 17),
                        SessionTheme.FUNDING, null, participations.subList(0, 2), true, COORDINATOR));

        String page = mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/collective"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(collective.getBusinessKey(), "Participe", "1 sur 1",
                "0 sur 1", "Financements publics et privés", "19/10/2016");
        mvc.perform(get("/collective").with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("collectives", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.hasProperty("id", org.hamcrest.Matchers.is(collective.getId())))));
    }

    @Test
    void aStructureJoinsLateFromTheCollectivePageAndBadInputIsRefused() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        long latecomer = collectiveScenario.structures(1).get(0).getId();
        long elsewhere = scenario.newStructure("06", "93").getId();

        mvc.perform(post("/collective/{id}/late-joins", collective.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("organisationId", Long.toString(elsewhere)).param("joinedOn", "2016-10-01"))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/collective"))
                .andExpect(model().attributeHasFieldErrors("joinForm", "organisationId", "joinedOn"));
        assertThat(participants(collective)).isEqualTo(1);

        mvc.perform(post("/collective/{id}/late-joins", collective.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("organisationId", Long.toString(latecomer)).param("joinedOn", "2017-01-10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "collective.joined"));

        assertThat(participants(collective)).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceId(collective.getProcessInstanceId())
                .taskDefinitionKey(DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS).count()).isEqualTo(2);
    }

    @Test
    void anotherRegionsCoordinatorGetsNotFoundAndOtherRolesAreForbidden() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String other = collectiveScenario.coordinatorOfProvence();
        String census = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS).getId();

        mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/collective").with(logins.as(other)))
                .andExpect(model().attribute("collectives", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.hasProperty("id", org.hamcrest.Matchers.is(collective.getId()))))));
        mvc.perform(get("/collective/tasks/{id}/census", census).with(logins.as(other)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/collective").with(logins.as(other)).with(csrf()).param("title", "Intrus")
                        .param("regionCode", "32").param("plannedMonths", "6").param("startDate", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "regionCode"));
        for (String user : List.of(DemoUsers.OFFICER_LILLE, DemoUsers.CONSULTANT)) {
            mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/collective/tasks/{id}/census", census).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void taskListsNameTheCollectiveAndOpenItsForms() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String census = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS).getId();

        assertThat(caseDirectory.describe(List.of(collective.getProcessInstanceId())))
                .containsEntry(collective.getProcessInstanceId(), new CaseSummary(collective.getBusinessKey(),
                        collective.getTitle(), "/collective/" + collective.getId(), "collective.phase.CENSUS"));
        assertThat(taskForms.formPath(DlaCollectiveProcess.KEY, TASK_RECORD_CENSUS, census))
                .contains("/collective/tasks/" + census + "/census");
        assertThat(taskForms.formPath("dla-individual", TASK_RECORD_CENSUS, census)).isEmpty();
    }

    private int participants(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ?"
                + " and status = 'PARTICIPATING'", Integer.class, collective.getId());
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from collective_accompaniment", Integer.class);
    }
}
