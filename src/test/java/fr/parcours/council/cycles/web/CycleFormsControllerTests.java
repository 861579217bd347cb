package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Mobilisation, preparation and report forms: bad input gives field errors and changes nothing. */
@ParcoursIntegrationTest
class CycleFormsControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    private Council council;
    private String facilitator;
    private CouncilCycle cycle;

    @BeforeEach
    void startCycle() {
        council = councilScenario.parisCouncil(10, 6);
        facilitator = councilScenario.facilitatorOf(council);
        cycle = councilScenario.startCycle(council);
    }

    @Test
    void aMobilisationWithoutKindInTheFutureOrWithMoreMembersThanContactsIsRefused() throws Exception {
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_RECORD_MOBILISATION);
        mvc.perform(get("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/mobilisation"));

        mvc.perform(post("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(1).toString()).param("contactsMade", "-1")
                        .param("newMembers", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "kind", "heldOn", "contactsMade", "newMembers"));
        mvc.perform(post("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("kind", "STAND").param("heldOn", "2017-04-01").param("contactsMade", "3")
                        .param("newMembers", "5"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "newMembers"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(count("council_mobilisation_action")).isZero();

        mvc.perform(post("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("kind", "DOOR_TO_DOOR").param("heldOn", "2017-04-01").param("contactsMade", "30")
                        .param("newMembers", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("council_mobilisation_action")).isEqualTo(1);
        assertThat(scenario.task(cycle.getProcessInstanceId(), TASK_PREPARE_MEETING)).isNotNull();
    }

    @Test
    void aPreparationWithoutDateAgendaOrRoomIsRefused() throws Exception {
        toPreparation();
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_PREPARE_MEETING);
        mvc.perform(get("/councils/tasks/{id}/preparation", task.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/preparation"));

        mvc.perform(post("/councils/tasks/{id}/preparation", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("agenda", " ").param("room", "x".repeat(201)))
                .andExpect(status().isOk()).andExpect(view().name("council/preparation"))
                .andExpect(model().attributeHasFieldErrors("form", "plannedOn", "agenda", "room"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(count("council_meeting")).isZero();
    }

    @Test
    void anEmptyReportIsRefusedAndAnotherCouncilsFacilitatorCannotOpenTheTask() throws Exception {
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, java.util.List.of());
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_WRITE_CYCLE_REPORT);
        mvc.perform(get("/councils/tasks/{id}/report", task.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/report"));

        mvc.perform(post("/councils/tasks/{id}/report", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("report", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "report"));
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        mvc.perform(get("/councils/tasks/{id}/report", task.getId()).with(logins.as(stranger)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/councils/tasks/{id}/report", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isForbidden());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select report from council_cycle where id = ?", String.class, cycle.getId()))
                .isNull();
    }

    private void toPreparation() throws Exception {
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_RECORD_MOBILISATION);
        mvc.perform(post("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("kind", "EVENT").param("heldOn", "2017-04-01").param("contactsMade", "50")
                        .param("newMembers", "0"))
                .andExpect(status().is3xxRedirection());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where cycle_id = ?", Integer.class, cycle.getId());
    }
}
