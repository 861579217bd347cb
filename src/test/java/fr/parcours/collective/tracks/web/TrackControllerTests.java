package fr.parcours.collective.tracks.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
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
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class TrackControllerTests {

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
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheStructureOfTheTrack() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);

        mvc.perform(get("/collective/tasks/{id}/track", task.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/track"))
                .andExpect(model().attribute("needsStep", true))
                .andExpect(model().attribute("participation", org.hamcrest.Matchers.hasProperty("id",
                        org.hamcrest.Matchers.is(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID)))));
    }

    @Test
    void aDropOutWithoutReasonNeedsWithoutTextOrDeliverablesAtTheNeedsStepAreRefused() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);

        for (String[] params : List.of(new String[] {"DROPPED_OUT", "", "dropOutReason"},
                new String[] {"CONTINUING", " ", "text"}, new String[] {"DELIVERED", "Plan", "outcome"},
                new String[] {"NOT_AN_OUTCOME", "Plan", "outcome"})) {
            mvc.perform(post("/collective/tasks/{id}/track", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                            .param("outcome", params[0]).param("text", params[1]).param("dropOutReason", ""))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", params[2]));
        }

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(statuses(collective)).containsOnly("PARTICIPATING");
    }

    @Test
    void aStructureDropsOutWithItsReasonDuringItsWork() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        Task needs = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);
        mvc.perform(post("/collective/tasks/{id}/track", needs.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("outcome", "CONTINUING").param("text", "Pérenniser un poste d'adulte-relais"))
                .andExpect(status().is3xxRedirection());
        Task work = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_WORK);

        mvc.perform(post("/collective/tasks/{id}/track", work.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("outcome", "DROPPED_OUT").param("dropOutReason", "Fusion avec une autre association"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForMap("select status, drop_out_reason, needs from collective_participation"
                + " where collective_id = ?", collective.getId())).containsEntry("status", "DROPPED_OUT")
                .containsEntry("drop_out_reason", "Fusion avec une autre association")
                .containsEntry("needs", "Pérenniser un poste d'adulte-relais");
    }

    @Test
    void aTrackNamingAStructureOfAnotherCollectiveIsNotFoundAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        CollectiveAccompaniment another = collectiveScenario.mobilisedWithOneStructure();
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);
        Object ofAnother = taskService.getVariable(
                scenario.task(another.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS).getId(), VAR_PARTICIPATION_ID);
        taskService.setVariable(task.getId(), VAR_PARTICIPATION_ID, ofAnother);

        mvc.perform(get("/collective/tasks/{id}/track", task.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/collective/tasks/{id}/track", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("outcome", "DROPPED_OUT").param("dropOutReason", "Fusion"))
                .andExpect(status().isNotFound());

        assertThat(statuses(another)).containsExactly("PARTICIPATING");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    private List<String> statuses(CollectiveAccompaniment collective) {
        return jdbc.queryForList("select status from collective_participation where collective_id = ?", String.class,
                collective.getId());
    }
}
