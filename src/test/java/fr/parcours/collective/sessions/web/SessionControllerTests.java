package fr.parcours.collective.sessions.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
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
class SessionControllerTests {

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
    void aSessionBeforeTheMeetingWithoutThemeOrWithAForgedStructureIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 2);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_HOLD_SESSION);

        mvc.perform(post("/collective/tasks/{id}/session", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("heldOn", "2016-10-18").param("presentIds", "-5"))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/session"))
                .andExpect(model().attributeHasFieldErrors("form", "heldOn", "theme", "presentIds", "moreSessions"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(sessions(collective)).isZero();
    }

    @Test
    void aSessionRecordsItsAttendanceAndAnotherOneFollowsWhenAsked() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 3);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_HOLD_SESSION);

        mvc.perform(post("/collective/tasks/{id}/session", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("heldOn", "2017-01-17").param("theme", "PROJECT_METHOD_EVALUATION")
                        .param("presentIds", participations.get(0).toString(), participations.get(2).toString())
                        .param("moreSessions", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(sessions(collective)).isEqualTo(1);
        assertThat(jdbc.queryForList("select a.participation_id from collective_attendance a join collective_session s"
                + " on s.id = a.session_id where s.collective_id = ?", Long.class, collective.getId()))
                .containsExactlyInAnyOrder(participations.get(0), participations.get(2));
        assertThat(scenario.task(collective.getProcessInstanceId(), TASK_HOLD_SESSION).getId()).isNotEqualTo(task.getId());
    }

    private int sessions(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_session where collective_id = ?", Integer.class,
                collective.getId());
    }
}
