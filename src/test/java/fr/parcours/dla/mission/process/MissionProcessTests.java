package fr.parcours.dla.mission.process;

import static fr.parcours.dla.process.DlaIndividualProcess.END_ENGINEERING;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_MISSION_FINISHED;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_MISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_END_REPORT;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_MISSION_ASSESSMENT;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SAVE_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_END_REPORT;
import static fr.parcours.dla.process.DlaIndividualProcess.TIMER_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_MISSION_FINISHED;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.dla.mission.AssessmentVerdict;
import fr.parcours.dla.mission.EndOfMissionReport;
import fr.parcours.dla.mission.LaunchMeetingMinutes;
import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.dla.mission.ObjectivesAchieved;
import fr.parcours.dla.mission.ProgressReport;
import fr.parcours.dla.mission.SatisfactionScores;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** The ingénierie after the choice: launch meeting, the mission's progress loop, end report, satisfaction, assessment. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MissionProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Scenario scenario;
    @Autowired
    MissionScenario missions;
    @Autowired
    EngineeringMissionRepository missionRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldWaitForTheOfficersAtTheLaunchMeeting() {
        MissionCase mission = missions.atLaunchMeeting();

        assertThat(instance(mission)).isWaitingAt(TASK_HOLD_LAUNCH_MEETING);
        assertThat(task(mission, TASK_HOLD_LAUNCH_MEETING)).hasCandidateGroup(Groups.dlaOfficersOf("06"));
    }

    @Test
    void shouldLetTheChosenConsultantReportProgressAfterTheLaunch() {
        MissionCase mission = missions.atLaunchMeeting();

        launch(mission);

        assertThat(instance(mission)).hasPassedInOrder(TASK_HOLD_LAUNCH_MEETING, TASK_RECORD_LAUNCH_MEETING)
                .isWaitingAt(TASK_REPORT_MISSION_PROGRESS);
        assertThat(task(mission, TASK_REPORT_MISSION_PROGRESS))
                .hasCandidateGroup(Groups.consultantsOf(missions.franceMediationId()));
        assertThat(status(mission)).isEqualTo(MissionStatus.IN_PROGRESS);
    }

    @Test
    void shouldLoopOnMilestonesUntilTheConsultantSaysTheMissionIsFinished() {
        MissionCase mission = missions.atLaunchMeeting();
        launch(mission);

        reportProgress(mission, "3", false);
        assertThat(instance(mission)).isWaitingAt(TASK_REPORT_MISSION_PROGRESS);
        reportProgress(mission, "4", false);
        assertThat(instance(mission)).isWaitingAt(TASK_REPORT_MISSION_PROGRESS);
        reportProgress(mission, "3", true);

        assertThat(instance(mission)).isWaitingAt(TASK_WRITE_END_REPORT);
        assertThat(task(mission, TASK_WRITE_END_REPORT)).hasCandidateGroup(Groups.consultantsOf(missions.franceMediationId()));
        assertThat(jdbc.queryForObject("select count(*) from mission_milestone where mission_id = ?", Integer.class,
                mission.mission().getId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select sum(days_spent) from mission_milestone where mission_id = ?",
                BigDecimal.class, mission.mission().getId())).isEqualByComparingTo("10");
        assertThat(status(mission)).isEqualTo(MissionStatus.END_REPORT);
    }

    @Test
    void shouldGoStraightToTheEndReportAndOnToTheFollowUpAfterTheAssessment() {
        MissionCase mission = missions.atLaunchMeeting();
        launch(mission);
        reportProgress(mission, "10", true);

        scenario.complete(task(mission, TASK_WRITE_END_REPORT), DemoUsers.CONSULTANT, VAR_SUBMISSION,
                new EndOfMissionReport("Organisation revue", "Rôles clarifiés", "Recruter un coordinateur",
                        new BigDecimal("10"), DemoUsers.CONSULTANT));
        assertThat(instance(mission)).isWaitingAt(TASK_RECORD_SATISFACTION);
        assertThat(task(mission, TASK_RECORD_SATISFACTION)).hasCandidateGroup(Groups.dlaOfficersOf("06"));

        scenario.complete(task(mission, TASK_RECORD_SATISFACTION), DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new SatisfactionScores(5, 4, 5, "Très utile", DemoUsers.OFFICER_NICE));
        assertThat(instance(mission)).isWaitingAt(TASK_ASSESS_MISSION);

        scenario.complete(task(mission, TASK_ASSESS_MISSION), DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new AssessmentVerdict(ObjectivesAchieved.YES, "Objectifs atteints", DemoUsers.OFFICER_NICE));

        assertThat(instance(mission)).hasPassedInOrder(TASK_RECORD_MISSION_PROGRESS, GATEWAY_MISSION_FINISHED,
                        TASK_WRITE_END_REPORT, TASK_RECORD_END_REPORT, TASK_RECORD_SATISFACTION, TASK_SAVE_SATISFACTION,
                        TASK_ASSESS_MISSION, TASK_RECORD_MISSION_ASSESSMENT, END_ENGINEERING)
                .isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(status(mission)).isEqualTo(MissionStatus.DONE);
        assertThat(jdbc.queryForObject("select objectives_achieved from mission_assessment where mission_id = ?",
                String.class, mission.mission().getId())).isEqualTo("YES");
        assertThat(jdbc.queryForObject("select quality + listening + usefulness from mission_satisfaction where mission_id = ?",
                Integer.class, mission.mission().getId())).isEqualTo(14);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?",
                Integer.class, mission.accompaniment().getId())).isEqualTo(5);
    }

    @Test
    void shouldKeepTheFinishedFlagLocalToTheIngenierie() {
        MissionCase mission = missions.atLaunchMeeting();
        launch(mission);

        reportProgress(mission, "2", false);

        assertThat(runtimeService.getVariableLocal(mission.processInstanceId(), VAR_MISSION_FINISHED)).isNull();
    }

    @Test
    void shouldRunParallelIngenieriesIndependently() {
        List<MissionCase> both = missions.parallelAtLaunchMeeting(2);
        MissionCase first = both.get(0);
        MissionCase second = both.get(1);
        taskOf(first, TASK_HOLD_LAUNCH_MEETING);
        taskOf(second, TASK_HOLD_LAUNCH_MEETING);
        launch(first);
        launch(second);

        scenario.complete(taskOf(first, TASK_REPORT_MISSION_PROGRESS), DemoUsers.CONSULTANT, VAR_SUBMISSION,
                new ProgressReport(LocalDate.now(), new BigDecimal("10"), "Livrable final", null, true, DemoUsers.CONSULTANT));
        scenario.complete(taskOf(second, TASK_REPORT_MISSION_PROGRESS), DemoUsers.CONSULTANT, VAR_SUBMISSION,
                new ProgressReport(LocalDate.now(), new BigDecimal("2"), "Atelier", null, false, DemoUsers.CONSULTANT));

        taskOf(first, TASK_WRITE_END_REPORT);
        taskOf(second, TASK_REPORT_MISSION_PROGRESS);
        assertThat(status(first)).isEqualTo(MissionStatus.END_REPORT);
        assertThat(status(second)).isEqualTo(MissionStatus.IN_PROGRESS);
    }

    private void launch(MissionCase mission) {
        scenario.complete(taskOf(mission, TASK_HOLD_LAUNCH_MEETING), DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new LaunchMeetingMinutes(LocalDate.now(), "Présidente, directeur", "Camille Roux", "Inès Fabre",
                        "Trois ateliers puis restitution", DemoUsers.OFFICER_NICE));
    }

    private void reportProgress(MissionCase mission, String days, boolean finished) {
        scenario.complete(task(mission, TASK_REPORT_MISSION_PROGRESS), DemoUsers.CONSULTANT, VAR_SUBMISSION,
                new ProgressReport(LocalDate.now(), new BigDecimal(days), "Compte rendu d'atelier", null, finished,
                        DemoUsers.CONSULTANT));
    }

    /** The open task of this key in this mission's own ingénierie (several run in parallel in one case). */
    private Task taskOf(MissionCase mission, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(mission.processInstanceId())
                .taskDefinitionKey(key).list().stream()
                .filter(task -> Long.valueOf(mission.mission().getPlanAxisId())
                        .equals(taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID)))
                .toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private Task task(MissionCase mission, String key) {
        return scenario.task(mission.processInstanceId(), key);
    }

    private MissionStatus status(MissionCase mission) {
        return missionRepository.findById(mission.mission().getId()).orElseThrow().getStatus();
    }

    private ProcessInstance instance(MissionCase mission) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(mission.processInstanceId()).singleResult();
    }
}
