package fr.parcours.council.process;

import static fr.parcours.council.process.CouncilCycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.ActionStatus;
import fr.parcours.council.cycles.ActionUpdate;
import fr.parcours.council.cycles.CouncilAction;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.CycleReport;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.council.cycles.MeetingReport;
import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import fr.parcours.council.cycles.SupportNeeded;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code council-cycle}: a cycle with and without actions, a cancelled meeting, the next cycle started by the timer,
 * then two more in a row, each with its own records.
 */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CouncilCycleProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilCycles cycles;
    @Autowired
    CouncilCycleRepository cycleRepository;
    @Autowired
    JdbcTemplate jdbc;

    private Council council;
    private String facilitator;

    @BeforeEach
    void init() {
        AbstractAssertions.init(processEngine);
        council = councilScenario.parisCouncil(10, 6);
        facilitator = councilScenario.facilitatorOf(council);
    }

    @Test
    void shouldWaitForMobilisationByTheCouncilsFacilitatorsAndTheRegionsCoordinators() {
        CouncilCycle cycle = councilScenario.startCycle(council);

        assertThat(instance(cycle)).isWaitingAt(TASK_RECORD_MOBILISATION);
        assertThat(instance(cycle)).task().hasCandidateGroup(Groups.councilFacilitatorsOf(council.getId()))
                .hasCandidateGroup(Groups.coordinatorsOf("11"));
        assertThat(cycle.getNumber()).isEqualTo(1);
    }

    @Test
    void shouldFollowUpTheActionsTheCouncilDecidedThenReport() {
        CouncilCycle cycle = councilScenario.startCycle(council);
        String pid = cycle.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_RECORD_MOBILISATION), facilitator, VAR_SUBMISSION,
                new MobilisationReport(MobilisationKind.STAND, CouncilScenario.MEETING.minusDays(20), 25, 1, true,
                        facilitator));
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Organiser une marche exploratoire",
                "Écrire au bailleur"));
        assertThat(instance(cycle)).isWaitingAt(TASK_FOLLOW_UP_ACTIONS);

        List<CouncilAction> decided = cycles.decidedActions(cycle.getId());
        scenario.complete(scenario.task(pid, TASK_FOLLOW_UP_ACTIONS), facilitator, VAR_SUBMISSION, new ActionFollowUp(
                List.of(new ActionUpdate(decided.get(0).getId(), "Commission cadre de vie", SupportNeeded.LOGISTIC,
                                ActionStatus.DONE, CouncilScenario.MEETING.plusDays(7)),
                        new ActionUpdate(decided.get(1).getId(), "Deux habitantes", SupportNeeded.ADMINISTRATIVE,
                                ActionStatus.IN_PROGRESS, null)), facilitator));
        scenario.complete(scenario.task(pid, TASK_WRITE_CYCLE_REPORT), facilitator, VAR_SUBMISSION,
                new CycleReport("Bonne mobilisation", facilitator));

        assertThat(instance(cycle)).hasPassedInOrder(TASK_SAVE_MOBILISATION, TASK_SAVE_MOBILISATION,
                TASK_SAVE_MEETING_PREPARATION, TASK_SAVE_MEETING, TASK_SAVE_ACTION_FOLLOW_UP, TASK_SAVE_CYCLE_REPORT);
        assertThat(instance(cycle)).isWaitingAt(TIMER_NEXT_CYCLE_DUE);
        assertThat(jdbc.queryForObject("select count(*) from council_mobilisation_action where cycle_id = ?",
                Integer.class, cycle.getId())).isEqualTo(2);
        assertThat(jdbc.queryForList("select status from council_action a join council_meeting m on m.id = a.meeting_id"
                + " where m.cycle_id = ? order by a.id", String.class, cycle.getId())).containsExactly("DONE", "IN_PROGRESS");
        assertThat(cycleRepository.findById(cycle.getId()).orElseThrow().getEndedAt()).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'COUNCIL_CYCLE' and case_id = ?"
                + " order by id", String.class, cycle.getId())).containsExactly("council-cycle-started",
                "council-mobilisation-recorded", "council-mobilisation-recorded", "council-meeting-prepared",
                "council-meeting-held", "council-actions-followed", "council-cycle-reported");
    }

    @Test
    void shouldGoStraightToTheReportWhenTheCouncilDecidedNoAction() {
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of());

        assertThat(instance(cycle)).isWaitingAt(TASK_WRITE_CYCLE_REPORT);
        assertThat(instance(cycle)).hasNotPassed(TASK_FOLLOW_UP_ACTIONS);
        assertThat(jdbc.queryForObject("select count(*) from council_attendance a join council_meeting m"
                + " on m.id = a.meeting_id where m.cycle_id = ?", Integer.class, cycle.getId())).isEqualTo(16);
    }

    @Test
    void shouldGoBackToPreparationWhenTheMeetingIsCancelled() {
        CouncilCycle cycle = councilScenario.startCycle(council);
        String pid = cycle.getProcessInstanceId();
        councilScenario.toMeeting(cycle, facilitator);
        scenario.complete(scenario.task(pid, TASK_HOLD_MEETING), facilitator, VAR_SUBMISSION,
                MeetingReport.cancelled("Salle indisponible", facilitator));

        assertThat(instance(cycle)).isWaitingAt(TASK_PREPARE_MEETING);
        scenario.complete(scenario.task(pid, TASK_PREPARE_MEETING), facilitator, VAR_SUBMISSION,
                new MeetingPreparation(CouncilScenario.MEETING.plusDays(7), "Propreté", true, "Mairie", facilitator));
        councilScenario.holdMeeting(cycle, facilitator, List.of());
        assertThat(instance(cycle)).isWaitingAt(TASK_WRITE_CYCLE_REPORT);
        assertThat(jdbc.queryForList("select held from council_meeting where cycle_id = ? order by id", Boolean.class,
                cycle.getId())).containsExactly(false, true);
    }

    @Test
    void shouldStartTheNextCycleWhenThePeriodIsOver() {
        CouncilCycle first = councilScenario.startCycle(council);
        councilScenario.toMeeting(first, facilitator);
        councilScenario.holdMeeting(first, facilitator, List.of());
        scenario.complete(scenario.task(first.getProcessInstanceId(), TASK_WRITE_CYCLE_REPORT), facilitator,
                VAR_SUBMISSION, new CycleReport("Premier cycle", facilitator));

        ProcessInstance firstInstance = instance(first);
        Job timer = managementService.createJobQuery().processInstanceId(first.getProcessInstanceId()).timers()
                .singleResult();
        managementService.executeJob(timer.getId());

        assertThat(firstInstance).isEnded().hasPassed(TASK_START_NEXT_CYCLE, END_CYCLE_CLOSED);
        CouncilCycle second = cycleRepository.findByCouncilIdOrderByNumberDesc(council.getId()).get(0);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(instance(second)).isWaitingAt(TASK_RECORD_MOBILISATION);
    }

    @Test
    void shouldStartTwoSuccessiveCyclesByTheTimerEachWithItsOwnRecords() {
        CouncilCycle first = councilScenario.startCycle(council);
        councilScenario.toMeeting(first, facilitator);
        councilScenario.holdMeeting(first, facilitator, List.of());
        report(first, "Premier cycle");
        CouncilCycle second = nextCycleByTheTimer(first);

        councilScenario.toMeeting(second, facilitator);
        councilScenario.holdMeeting(second, facilitator, List.of("Fête de quartier"));
        CouncilAction decided = cycles.decidedActions(second.getId()).get(0);
        scenario.complete(scenario.task(second.getProcessInstanceId(), TASK_FOLLOW_UP_ACTIONS), facilitator,
                VAR_SUBMISSION, new ActionFollowUp(List.of(new ActionUpdate(decided.getId(), "Comité des fêtes",
                        SupportNeeded.LOGISTIC, ActionStatus.DONE, CouncilScenario.MEETING.plusDays(30))), facilitator));
        report(second, "Deuxième cycle");
        CouncilCycle third = nextCycleByTheTimer(second);

        assertThat(List.of(first.getNumber(), second.getNumber(), third.getNumber())).containsExactly(1, 2, 3);
        assertThat(instance(third)).isWaitingAt(TASK_RECORD_MOBILISATION);
        assertThat(runtimeService.getVariable(third.getProcessInstanceId(), VAR_CYCLE_ID)).isEqualTo(third.getId());
        assertThat(cycles.decidedActions(first.getId())).isEmpty();
        assertThat(cycles.decidedActions(second.getId())).extracting(CouncilAction::getId)
                .containsExactly(decided.getId());
        for (CouncilCycle cycle : List.of(first, second)) {
            assertThat(jdbc.queryForObject("select count(*) from council_mobilisation_action where cycle_id = ?",
                    Integer.class, cycle.getId())).as("mobilisation of cycle %d", cycle.getNumber()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from council_meeting where cycle_id = ? and held",
                    Integer.class, cycle.getId())).as("meeting of cycle %d", cycle.getNumber()).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("select report from council_cycle where council_id = ? order by number",
                String.class, council.getId())).containsExactly("Premier cycle", "Deuxième cycle", null);
        assertThat(jdbc.queryForList("select actor from audit_record where case_type = 'COUNCIL_CYCLE'"
                + " and action = 'council-cycle-started' and case_id in (?, ?) order by case_id", String.class,
                second.getId(), third.getId())).containsExactly(StartNextCouncilCycleDelegate.SYSTEM_USER,
                StartNextCouncilCycleDelegate.SYSTEM_USER);
    }

    private void report(CouncilCycle cycle, String report) {
        scenario.complete(scenario.task(cycle.getProcessInstanceId(), TASK_WRITE_CYCLE_REPORT), facilitator,
                VAR_SUBMISSION, new CycleReport(report, facilitator));
    }

    /** Fires the ended cycle's timer; returns the cycle it started, the council's newest. */
    private CouncilCycle nextCycleByTheTimer(CouncilCycle ended) {
        ProcessInstance endedInstance = instance(ended);
        Job timer = managementService.createJobQuery().processInstanceId(ended.getProcessInstanceId()).timers()
                .singleResult();
        managementService.executeJob(timer.getId());
        assertThat(endedInstance).isEnded();
        CouncilCycle next = cycleRepository.findByCouncilIdOrderByNumberDesc(council.getId()).get(0);
        assertThat(next.getNumber()).isEqualTo(ended.getNumber() + 1);
        assertThat(next.getProcessInstanceId()).isNotEqualTo(ended.getProcessInstanceId());
        return next;
    }

    private ProcessInstance instance(CouncilCycle cycle) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getProcessInstanceId())
                .singleResult();
    }
}
