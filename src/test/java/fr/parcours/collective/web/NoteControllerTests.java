package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HANDLE_LATENESS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The written steps: cahier des charges, lateness. */
@ParcoursIntegrationTest
class NoteControllerTests {

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

    @Autowired
    ManagementService managementService;

    @Test
    void anEmptyOrTooLongCahierDesChargesIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_WRITE_SPECIFICATIONS);

        for (String text : List.of(" ", "x".repeat(4001))) {
            mvc.perform(post("/collective/tasks/{id}/note", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                            .param("text", text))
                    .andExpect(status().isOk())
                    .andExpect(view().name("collective/note"))
                    .andExpect(model().attributeHasFieldErrors("form", "text"));
        }

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select specifications from collective_accompaniment where id = ?", String.class,
                collective.getId())).isNull();
    }

    @Test
    void theCahierDesChargesIsRecordedAndTheSelectionStartsWithThePreselection() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        Task specifications = scenario.task(collective.getProcessInstanceId(), TASK_WRITE_SPECIFICATIONS);

        mvc.perform(post("/collective/tasks/{id}/note", specifications.getId()).with(logins.as(COORDINATOR))
                        .with(csrf()).param("text", "Pistes de financement, démarche d'évaluation CITER"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select specifications from collective_accompaniment where id = ?",
                String.class, collective.getId())).isEqualTo("Pistes de financement, démarche d'évaluation CITER");
        assertThat(scenario.task(collective.getProcessInstanceId(), TASK_PRESELECT_CONSULTANTS)).isNotNull();
    }

    @Test
    void theLatenessTaskRecordsWhatTheCoordinatorsDecidedAndThePageShowsIt() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        managementService.executeJob(managementService.createJobQuery()
                .processInstanceId(collective.getProcessInstanceId()).timers().singleResult().getId());
        Task lateness = scenario.task(collective.getProcessInstanceId(),
                TASK_HANDLE_LATENESS);

        mvc.perform(post("/collective/tasks/{id}/note", lateness.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("text", "Deux sessions reportées au printemps"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La durée prévue est dépassée", "Deux sessions reportées au printemps");
    }

    @Test
    void theNoteFormRefusesATaskThatIsNotAWrittenStep() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        Task census = scenario.task(collective.getProcessInstanceId(),
                fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS);

        mvc.perform(get("/collective/tasks/{id}/note", census.getId()).with(logins.as(COORDINATOR)))
                .andExpect(flash().attribute("warning", "task.gone"));
    }
}
