package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
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
import fr.parcours.organisation.Organisation;
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
class MobilisationMeetingControllerTests {

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
    void aFutureDateNoStructurePresentOrAForgedOneIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = censusDone(2);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_HOLD_MOBILISATION_MEETING);

        mvc.perform(post("/collective/tasks/{id}/mobilisation-meeting", task.getId()).with(logins.as(COORDINATOR))
                        .with(csrf()).param("heldOn", LocalDate.now().plusDays(1).toString()).param("needsVoiced", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/mobilisation-meeting"))
                .andExpect(model().attributeHasFieldErrors("form", "heldOn", "presentIds", "needsVoiced"));
        mvc.perform(post("/collective/tasks/{id}/mobilisation-meeting", task.getId()).with(logins.as(COORDINATOR))
                        .with(csrf()).param("heldOn", "2016-10-19").param("presentIds", "-1")
                        .param("needsVoiced", "Pérenniser les emplois aidés"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "presentIds"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(participating(collective)).isZero();
    }

    @Test
    void theStructuresPresentParticipateEachWithItsOwnTrack() throws Exception {
        CollectiveAccompaniment collective = censusDone(3);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_HOLD_MOBILISATION_MEETING);
        List<Long> invited = jdbc.queryForList("select id from collective_participation where collective_id = ? order by id",
                Long.class, collective.getId());

        mvc.perform(post("/collective/tasks/{id}/mobilisation-meeting", task.getId()).with(logins.as(COORDINATOR))
                        .with(csrf()).param("heldOn", "2016-10-19")
                        .param("presentIds", invited.get(0).toString(), invited.get(1).toString())
                        .param("needsVoiced", "Méthode de projet, financements, RH"))
                .andExpect(status().is3xxRedirection());

        assertThat(participating(collective)).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceId(collective.getProcessInstanceId())
                .taskDefinitionKey(TASK_RECORD_STRUCTURE_NEEDS).count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select meeting_date from collective_accompaniment where id = ?",
                LocalDate.class, collective.getId())).isEqualTo(LocalDate.of(2016, 10, 19));
    }

    private CollectiveAccompaniment censusDone(int structures) {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        scenario.complete(scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS), COORDINATOR,
                VAR_SUBMISSION, CollectiveScenario.census(collectiveScenario.structures(structures).stream()
                        .map(Organisation::getId).toList(), "Adultes-relais", COORDINATOR));
        return collective;
    }

    private int participating(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ?"
                + " and status = 'PARTICIPATING'", Integer.class, collective.getId());
    }
}
