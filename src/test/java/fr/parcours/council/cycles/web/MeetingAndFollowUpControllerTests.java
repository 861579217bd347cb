package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_FOLLOW_UP_ACTIONS;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_HOLD_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;
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
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The meeting and follow-up forms: the council's decisions become actions, bad input changes nothing. */
@ParcoursIntegrationTest
class MeetingAndFollowUpControllerTests {

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

    private String facilitator;
    private CouncilCycle cycle;
    private List<Long> members;

    @BeforeEach
    void toMeeting() {
        Council council = councilScenario.parisCouncil(10, 6);
        facilitator = councilScenario.facilitatorOf(council);
        cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        members = jdbc.queryForList("select id from council_member where council_id = ? order by id", Long.class,
                council.getId());
    }

    @Test
    void aMeetingWithoutOutcomeAttendanceOrMinutesOrWithAStrangerPresentIsRefused() throws Exception {
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_HOLD_MEETING);
        mvc.perform(get("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/meeting"));

        mvc.perform(post("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "held"));
        mvc.perform(post("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "true").param("minutes", " ").param("decisions", "y".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "presentIds", "minutes", "decisions"));
        mvc.perform(post("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "true").param("presentIds", members.get(0).toString(), "-5")
                        .param("minutes", "Compte rendu"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "presentIds"));
        mvc.perform(post("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "false").param("cancelReason", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "cancelReason"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from council_meeting where cycle_id = ? and held is not null",
                Integer.class, cycle.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from council_attendance a join council_meeting m"
                + " on m.id = a.meeting_id where m.cycle_id = ?", Integer.class, cycle.getId())).isZero();
    }

    @Test
    void aCancelledMeetingGoesBackToPreparation() throws Exception {
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_HOLD_MEETING);

        mvc.perform(post("/councils/tasks/{id}/meeting", task.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "false").param("cancelReason", "Salle fermée"))
                .andExpect(status().is3xxRedirection());

        assertThat(scenario.task(cycle.getProcessInstanceId(), TASK_PREPARE_MEETING)).isNotNull();
    }

    @Test
    void theCouncilsDecisionsAreFollowedUpAndADoneActionNeedsAPastDate() throws Exception {
        Task meeting = scenario.task(cycle.getProcessInstanceId(), TASK_HOLD_MEETING);
        mvc.perform(post("/councils/tasks/{id}/meeting", meeting.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "true").param("presentIds", members.get(0).toString(), members.get(1).toString())
                        .param("minutes", "Compte rendu").param("decisions", "Marche exploratoire\n\nLettre au bailleur"))
                .andExpect(status().is3xxRedirection());
        List<Long> actions = jdbc.queryForList("select a.id from council_action a join council_meeting m"
                + " on m.id = a.meeting_id where m.cycle_id = ? order by a.id", Long.class, cycle.getId());
        assertThat(actions).hasSize(2);
        Task followUp = scenario.task(cycle.getProcessInstanceId(), TASK_FOLLOW_UP_ACTIONS);
        mvc.perform(get("/councils/tasks/{id}/follow-up", followUp.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/follow-up"));

        mvc.perform(post("/councils/tasks/{id}/follow-up", followUp.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("actions[0].actionId", actions.get(0).toString()).param("actions[0].owner", "")
                        .param("actions[0].support", "LOGISTIC").param("actions[0].status", "DONE")
                        .param("actions[1].actionId", actions.get(1).toString()).param("actions[1].owner", "Habitantes")
                        .param("actions[1].support", "NONE").param("actions[1].status", "IN_PROGRESS")
                        .param("actions[1].doneOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "actions[0].owner",
                        "actions[0].doneOn", "actions[1].doneOn"));
        mvc.perform(post("/councils/tasks/{id}/follow-up", followUp.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("actions[0].actionId", "-1").param("actions[0].owner", "X")
                        .param("actions[0].support", "NONE").param("actions[0].status", "DECIDED"))
                .andExpect(status().isOk()).andExpect(model().hasErrors());

        assertThat(taskService.createTaskQuery().taskId(followUp.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from council_action where id in (?, ?)", String.class,
                actions.get(0), actions.get(1))).containsOnly("DECIDED");
    }
}
