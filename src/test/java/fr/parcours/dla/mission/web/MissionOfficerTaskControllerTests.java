package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_MISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.dla.mission.SatisfactionScores;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The officer's mission forms: launch meeting, satisfaction, assessment. */
@ParcoursIntegrationTest
class MissionOfficerTaskControllerTests {

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
    void showsTheLaunchMeetingFormWithTheStructureAndTheSpecifications() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(get("/dla/tasks/{id}/launch-meeting", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/launch-meeting"))
                .andExpect(content().string(Matchers.containsString(mission.structureName())))
                .andExpect(content().string(Matchers.containsString("État des lieux de l&#39;organisation")));
    }

    @Test
    void anEmptyLaunchMeetingDatedBeforeTheAccompanimentIsRefusedAndChangesNothing() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(post("/dla/tasks/{id}/launch-meeting", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("date", LocalDate.now().minusDays(1).toString())
                        .param("structureParticipants", " ").param("dlaParticipants", "Camille Roux")
                        .param("consultantParticipants", "x".repeat(501)).param("agreedSchedule", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/launch-meeting"))
                .andExpect(model().attributeHasFieldErrors("form", "date", "structureParticipants",
                        "consultantParticipants", "agreedSchedule"))
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "mission.date-before-accompaniment"));

        assertNothingChanged(mission, task, "mission_launch_meeting", MissionStatus.LAUNCH);
    }

    @Test
    void aLaunchMeetingInTheFutureIsRefused() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(validLaunch(task, DemoUsers.OFFICER_NICE, LocalDate.now().plusDays(2)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "PastOrPresent"));

        assertNothingChanged(mission, task, "mission_launch_meeting", MissionStatus.LAUNCH);
    }

    @Test
    void aLaunchMeetingStartsTheMissionAndHandsOverToTheConsultant() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(validLaunch(task, DemoUsers.OFFICER_NICE, LocalDate.now()))
                .andExpect(redirectedUrl("/dla/accompaniments/" + mission.accompaniment().getId()))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(missionStatus(mission)).isEqualTo(MissionStatus.IN_PROGRESS);
        assertThat(jdbc.queryForObject("select agreed_schedule from mission_launch_meeting where mission_id = ?",
                String.class, mission.mission().getId())).isEqualTo("Trois ateliers");
        task(mission, TASK_REPORT_MISSION_PROGRESS);
    }

    @Test
    void scoresOutOfRangeOrMissingAreRefusedAndChangeNothing() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        missions.throughEndReport(mission);
        Task task = task(mission, TASK_RECORD_SATISFACTION);

        mvc.perform(post("/dla/tasks/{id}/satisfaction", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("quality", "0").param("listening", "6").param("comment", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/satisfaction"))
                .andExpect(model().attributeHasFieldErrors("form", "quality", "listening", "usefulness", "comment"));

        assertNothingChanged(mission, task, "mission_satisfaction", MissionStatus.SATISFACTION);
    }

    @Test
    void satisfactionThenAssessmentCloseTheMission() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        missions.throughEndReport(mission);

        mvc.perform(post("/dla/tasks/{id}/satisfaction", task(mission, TASK_RECORD_SATISFACTION).getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("quality", "4").param("listening", "5").param("usefulness", "3"))
                .andExpect(flash().attribute("success", "task.completed"));
        assertThat(missionStatus(mission)).isEqualTo(MissionStatus.ASSESSMENT);

        Task assessment = task(mission, TASK_ASSESS_MISSION);
        mvc.perform(get("/dla/tasks/{id}/mission-assessment", assessment.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Recommandations")));
        mvc.perform(post("/dla/tasks/{id}/mission-assessment", assessment.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("achieved", "PARTLY").param("comment", "Organisation revue, recrutement à suivre"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(missionStatus(mission)).isEqualTo(MissionStatus.DONE);
        assertThat(jdbc.queryForObject("select objectives_achieved from mission_assessment where mission_id = ?",
                String.class, mission.mission().getId())).isEqualTo("PARTLY");
    }

    @Test
    void aForgedVerdictOrAMissingCommentIsRefusedAndChangesNothing() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        missions.throughEndReport(mission);
        scenario.complete(task(mission, TASK_RECORD_SATISFACTION), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, new SatisfactionScores(4, 4, 4, null, DemoUsers.OFFICER_NICE));
        Task task = task(mission, TASK_ASSESS_MISSION);

        mvc.perform(post("/dla/tasks/{id}/mission-assessment", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("achieved", "ALMOST").param("comment", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/assessment"))
                .andExpect(model().attributeHasFieldErrors("form", "achieved", "comment"));

        assertNothingChanged(mission, task, "mission_assessment", MissionStatus.ASSESSMENT);
    }

    @Test
    void anOfficerOfAnotherDepartmentSeesNothingOfTheMission() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(get("/dla/tasks/{id}/launch-meeting", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(validLaunch(task, DemoUsers.OFFICER_LILLE, LocalDate.now()))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/missions/{id}", mission.mission().getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());

        assertNothingChanged(mission, task, "mission_launch_meeting", MissionStatus.LAUNCH);
    }

    @Test
    void theConsultantCannotRecordTheOfficersSteps() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        Task task = task(mission, TASK_HOLD_LAUNCH_MEETING);

        mvc.perform(validLaunch(task, DemoUsers.CONSULTANT, LocalDate.now()))
                .andExpect(status().isForbidden());

        assertNothingChanged(mission, task, "mission_launch_meeting", MissionStatus.LAUNCH);
    }

    private MockHttpServletRequestBuilder validLaunch(Task task, String userId, LocalDate date) {
        return post("/dla/tasks/{id}/launch-meeting", task.getId()).with(logins.as(userId)).with(csrf())
                .param("date", date.toString())
                .param("structureParticipants", "Présidente").param("dlaParticipants", "Camille Roux")
                .param("consultantParticipants", "Inès Fabre").param("agreedSchedule", "Trois ateliers");
    }

    private void assertNothingChanged(MissionCase mission, Task task, String table, MissionStatus expected) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where mission_id = ?", Integer.class,
                mission.mission().getId())).isZero();
        assertThat(missionStatus(mission)).isEqualTo(expected);
    }

    private Task task(MissionCase mission, String key) {
        return scenario.task(mission.processInstanceId(), key);
    }

    private MissionStatus missionStatus(MissionCase mission) {
        return missionRepository.findById(mission.mission().getId()).orElseThrow().getStatus();
    }
}
