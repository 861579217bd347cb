package fr.parcours.dla.mission;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mission service on real PostgreSQL, and its transaction shared with the engine step. */
@ParcoursIntegrationTest
class MissionServiceTests {

    @Autowired
    MissionService service;
    @Autowired
    MissionScenario missions;
    @Autowired
    Scenario scenario;
    @Autowired
    EngineeringMissionRepository missionRepository;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsTheLaunchMeetingAndItsAuditEvent() {
        MissionCase mission = missions.atLaunchMeeting();

        service.recordLaunchMeeting(mission.mission().getId(), minutes(LocalDate.now()));

        assertThat(jdbc.queryForMap("select meeting_date, dla_participants, recorded_by from mission_launch_meeting "
                + "where mission_id = ?", mission.mission().getId()))
                .containsEntry("dla_participants", "Camille Roux")
                .containsEntry("recorded_by", DemoUsers.OFFICER_NICE)
                .containsEntry("meeting_date", java.sql.Date.valueOf(LocalDate.now()));
        assertThat(jdbc.queryForObject("select actor from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "and action = 'launch-meeting-recorded'", String.class, mission.accompaniment().getId()))
                .isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(status(mission.mission())).isEqualTo(MissionStatus.IN_PROGRESS);
    }

    @Test
    void refusesALaunchBeforeTheAccompanimentOrWithoutAChosenConsultant() {
        MissionCase mission = missions.atLaunchMeeting();
        assertThatThrownBy(() -> service.recordLaunchMeeting(mission.mission().getId(),
                minutes(LocalDate.now().minusDays(3)))).isInstanceOf(IllegalArgumentException.class);

        EngineeringMission unchosen = missionRepository.save(new EngineeringMission(
                mission.accompaniment().getId(), newAxis(mission)));
        assertThatThrownBy(() -> service.recordLaunchMeeting(unchosen.getId(), minutes(LocalDate.now())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from mission_launch_meeting where mission_id in (?, ?)",
                Integer.class, mission.mission().getId(), unchosen.getId())).isZero();
    }

    @Test
    void anUnjustifiedOverrunRollsBackTheMilestoneAndTheEngineStepTogether() {
        MissionCase mission = missions.atLaunchMeeting();
        missions.launch(mission);
        Task task = scenario.task(mission.processInstanceId(), TASK_REPORT_MISSION_PROGRESS);

        assertThatThrownBy(() -> scenario.complete(task, DemoUsers.CONSULTANT, VAR_SUBMISSION, new ProgressReport(
                LocalDate.now(), new BigDecimal("15.5"), "Ateliers", null, true, DemoUsers.CONSULTANT)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mission_milestone where mission_id = ?", Integer.class,
                mission.mission().getId())).isZero();
        assertThat(status(mission.mission())).isEqualTo(MissionStatus.IN_PROGRESS);
    }

    @Test
    void sumsTheDaysOfEveryMilestone() {
        MissionCase mission = missions.atLaunchMeeting();
        missions.launch(mission);
        long id = mission.mission().getId();

        service.recordProgress(id, new ProgressReport(LocalDate.now(), new BigDecimal("2.5"), "A", null, false, "x"));
        service.recordProgress(id, new ProgressReport(LocalDate.now(), new BigDecimal("12.5"), "B", null, false, "x"));

        MissionContext context = missions.context(id);
        assertThat(context.daysSpent()).isEqualByComparingTo("15");
        assertThat(context.overrunWith(new BigDecimal("0.5"))).isTrue();
        assertThat(context.earliestMilestoneDate()).isEqualTo(LocalDate.now());
    }

    private long newAxis(MissionCase mission) {
        return missions.newAxis(mission.accompaniment().getId());
    }

    private MissionStatus status(EngineeringMission mission) {
        return missionRepository.findById(mission.getId()).orElseThrow().getStatus();
    }

    private static LaunchMeetingMinutes minutes(LocalDate date) {
        return new LaunchMeetingMinutes(date, "Présidente", "Camille Roux", "Inès Fabre", "Trois ateliers",
                DemoUsers.OFFICER_NICE);
    }
}
