package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_END_REPORT;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.dla.mission.ProgressReport;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consultant's mission forms: progress milestones and the end-of-mission report. */
@ParcoursIntegrationTest
class MissionConsultantTaskControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    MissionScenario missions;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineeringMissionRepository missionRepository;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChosenConsultantOpensTheProgressForm() throws Exception {
        MissionCase mission = launched();

        mvc.perform(get("/missions/tasks/{id}/progress", progressTask(mission).getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/progress"));
    }

    @Test
    void aMilestoneWithoutDaysDeliverablesOrAnswerIsRefusedAndChangesNothing() throws Exception {
        MissionCase mission = launched();
        Task task = progressTask(mission);

        mvc.perform(post("/missions/tasks/{id}/progress", task.getId()).with(logins.as(DemoUsers.CONSULTANT)).with(csrf())
                        .param("date", LocalDate.now().plusDays(1).toString()).param("daysSpent", "-1")
                        .param("deliverables", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/progress"))
                .andExpect(model().attributeHasFieldErrors("form", "date", "daysSpent", "deliverables", "finished"))
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "PastOrPresent"));

        assertNoMilestone(mission, task);
    }

    @Test
    void aMilestoneBeforeTheLaunchMeetingOrWithBadDaysIsRefused() throws Exception {
        MissionCase mission = launched();
        Task task = progressTask(mission);

        mvc.perform(progress(task, DemoUsers.CONSULTANT, LocalDate.now().minusDays(1), "1.25", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "mission.date-before-launch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "daysSpent", "Digits"));
        mvc.perform(progress(task, DemoUsers.CONSULTANT, LocalDate.now(), "beaucoup", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "daysSpent", "typeMismatch"));

        assertNoMilestone(mission, task);
    }

    @Test
    void daysBeyondHalfAgainThePlanNeedAJustification() throws Exception {
        MissionCase mission = launched();
        scenario.complete(progressTask(mission), DemoUsers.CONSULTANT, VAR_SUBMISSION, new ProgressReport(LocalDate.now(),
                new BigDecimal("12"), "Ateliers", null, false, DemoUsers.CONSULTANT));
        Task task = progressTask(mission);

        mvc.perform(progress(task, DemoUsers.CONSULTANT, LocalDate.now(), "3.5", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "justification", "mission.overrun-needs-justification"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(milestones(mission)).isEqualTo(1);

        mvc.perform(progress(task, DemoUsers.CONSULTANT, LocalDate.now(), "3.5", "Atelier supplémentaire demandé par le CA"))
                .andExpect(redirectedUrl("/missions/" + mission.mission().getId()))
                .andExpect(flash().attribute("success", "task.completed"));
        assertThat(milestones(mission)).isEqualTo(2);
        progressTask(mission);
    }

    @Test
    void theLastMilestoneLeadsToTheEndReport() throws Exception {
        MissionCase mission = launched();

        mvc.perform(post("/missions/tasks/{id}/progress", progressTask(mission).getId()).with(logins.as(DemoUsers.CONSULTANT))
                        .with(csrf()).param("date", LocalDate.now().toString()).param("daysSpent", "9.5")
                        .param("deliverables", "Proposition d'organisation").param("finished", "true"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(missionRepository.findById(mission.mission().getId()).orElseThrow().getStatus())
                .isEqualTo(MissionStatus.END_REPORT);
        scenario.task(mission.processInstanceId(), TASK_WRITE_END_REPORT);
    }

    @Test
    void anIncompleteEndReportIsRefusedAndChangesNothing() throws Exception {
        MissionCase mission = finished();
        Task task = scenario.task(mission.processInstanceId(), TASK_WRITE_END_REPORT);

        mvc.perform(post("/missions/tasks/{id}/end-report", task.getId()).with(logins.as(DemoUsers.CONSULTANT)).with(csrf())
                        .param("summary", "").param("results", "x".repeat(4001)).param("recommendations", "Recruter")
                        .param("totalDays", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/end-report"))
                .andExpect(model().attributeHasFieldErrors("form", "summary", "results", "totalDays"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mission_end_report where mission_id = ?", Integer.class,
                mission.mission().getId())).isZero();
    }

    @Test
    void theEndReportHandsOverToTheOfficer() throws Exception {
        MissionCase mission = finished();
        Task task = scenario.task(mission.processInstanceId(), TASK_WRITE_END_REPORT);

        mvc.perform(get("/missions/tasks/{id}/end-report", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isOk());
        mvc.perform(post("/missions/tasks/{id}/end-report", task.getId()).with(logins.as(DemoUsers.CONSULTANT)).with(csrf())
                        .param("summary", "Organisation revue").param("results", "Rôles clarifiés")
                        .param("recommendations", "Recruter un coordinateur").param("totalDays", "10"))
                .andExpect(redirectedUrl("/missions/" + mission.mission().getId()));

        assertThat(jdbc.queryForObject("select total_days from mission_end_report where mission_id = ?", BigDecimal.class,
                mission.mission().getId())).isEqualByComparingTo("10");
        scenario.task(mission.processInstanceId(), TASK_RECORD_SATISFACTION);
    }

    @Test
    void anotherConsultantOrganisationNeitherSeesNorCompletesTheTask() throws Exception {
        MissionCase mission = launched();
        Task task = progressTask(mission);
        String competitor = missions.otherConsultant();

        assertThat(scenario.as(competitor, () -> taskService.createTaskQuery().taskId(task.getId()).count())).isZero();
        mvc.perform(get("/missions/tasks/{id}/progress", task.getId()).with(logins.as(competitor)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(progress(task, competitor, LocalDate.now(), "2", null))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/tasks/{id}", task.getId()).with(logins.as(competitor)))
                .andExpect(flash().attribute("warning", "task.gone"));

        assertNoMilestone(mission, task);
    }

    @Test
    void anOfficerCannotReportTheConsultantsProgress() throws Exception {
        MissionCase mission = launched();
        Task task = progressTask(mission);

        mvc.perform(progress(task, DemoUsers.OFFICER_NICE, LocalDate.now(), "2", null))
                .andExpect(flash().attribute("warning", "task.gone"));

        assertNoMilestone(mission, task);
    }

    @Test
    void anAxisVariableRewrittenToAnotherCasesAxisIsNotFoundAndRecordsNothing() throws Exception {
        MissionCase mission = launched();
        MissionCase other = launched();
        Task task = progressTask(mission);
        // What a write through the engine's REST API could do: point the task at another case's mission.
        taskService.setVariable(task.getId(), VAR_ENGINEERING_AXIS_ID, other.mission().getPlanAxisId());

        mvc.perform(get("/missions/tasks/{id}/progress", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isNotFound());
        mvc.perform(progress(task, DemoUsers.CONSULTANT, LocalDate.now(), "2", null))
                .andExpect(status().isNotFound());

        assertNoMilestone(mission, task);
        assertThat(milestones(other)).isZero();
    }

    private MockHttpServletRequestBuilder progress(Task task, String userId, LocalDate date, String days,
                                                   String justification) {
        MockHttpServletRequestBuilder request = post("/missions/tasks/{id}/progress", task.getId())
                .with(logins.as(userId)).with(csrf())
                .param("date", date.toString()).param("daysSpent", days).param("deliverables", "Compte rendu").param("finished", "false");
        if (justification != null) {
            request.param("justification", justification);
        }
        return request;
    }

    private MissionCase launched() {
        MissionCase mission = missions.atLaunchMeeting();
        missions.launch(mission);
        return mission;
    }

    private MissionCase finished() {
        MissionCase mission = launched();
        scenario.complete(progressTask(mission), DemoUsers.CONSULTANT, VAR_SUBMISSION, new ProgressReport(LocalDate.now(),
                new BigDecimal("10"), "Proposition d'organisation", null, true, DemoUsers.CONSULTANT));
        return mission;
    }

    private Task progressTask(MissionCase mission) {
        return scenario.task(mission.processInstanceId(), TASK_REPORT_MISSION_PROGRESS);
    }

    private int milestones(MissionCase mission) {
        return jdbc.queryForObject("select count(*) from mission_milestone where mission_id = ?", Integer.class,
                mission.mission().getId());
    }

    private void assertNoMilestone(MissionCase mission, Task task) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(milestones(mission)).isZero();
    }
}
