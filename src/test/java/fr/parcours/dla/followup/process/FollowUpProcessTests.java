package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.END_CLOSED;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_ENGINEERING_DONE;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_MORE_FOLLOW_UPS;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_NEW_NEEDS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_CLOSE_ACCOMPANIMENT;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_OPEN_NEW_ACCOMPANIMENT;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.TIMER_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.followup.FollowUpReport;
import fr.parcours.dla.followup.FollowUpReports;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Suivi / consolidation of {@code dla-individual}: timed follow-ups, new needs, closure. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class FollowUpProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldComeBackTwiceSixMonthsApartThenClose() {
        Accompaniment accompaniment = afterTheMissions();
        ProcessInstance instance = instance(accompaniment);

        fireFollowUpTimerDueInSixMonths(instance);
        assertThat(instance).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        assertThat(task(instance).getDueDate()).isNotNull();
        recordFollowUp(instance, FollowUpReports.ordinary(2, 1, "12000.50"));

        assertThat(instance).isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(phaseOf(accompaniment)).isEqualTo(Phase.FOLLOW_UP);
        fireFollowUpTimerDueInSixMonths(instance);
        recordFollowUp(instance, FollowUpReports.ordinary(1, 1, "3000"));

        assertThat(instance).hasPassedInOrder(TIMER_FOLLOW_UP, TASK_FOLLOW_UP, TASK_RECORD_FOLLOW_UP,
                GATEWAY_MORE_FOLLOW_UPS, GATEWAY_NEW_NEEDS, TASK_CLOSE_ACCOMPANIMENT, END_CLOSED).isEnded();
        assertThat(instance).hasNotPassed(TASK_OPEN_NEW_ACCOMPANIMENT);
        assertThat(phaseOf(accompaniment)).isEqualTo(Phase.CLOSED);
        assertThat(jdbc.queryForList("select number from follow_up where accompaniment_id = ? order by number",
                Integer.class, accompaniment.getId())).containsExactly(1, 2);
        assertThat(jdbc.queryForObject("select closed_by from accompaniment_closure where accompaniment_id = ?",
                String.class, accompaniment.getId())).isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(auditActionsOf(accompaniment)).containsSubsequence("follow-up-recorded", "follow-up-recorded", "closed");
    }

    @Test
    void shouldOpenANewAccompanimentForTheNewNeedsThenClose() {
        Accompaniment accompaniment = scenario.openAt(GATEWAY_ENGINEERING_DONE,
                Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
        ProcessInstance instance = instance(accompaniment);

        fireFollowUpTimerDueInSixMonths(instance);
        recordFollowUp(instance, FollowUpReports.ordinary(0, 0, "0"));
        fireFollowUpTimerDueInSixMonths(instance);
        recordFollowUp(instance, FollowUpReports.withNewNeeds("Développer les financements privés", false));

        assertThat(instance).hasPassedInOrder(GATEWAY_NEW_NEEDS, TASK_OPEN_NEW_ACCOMPANIMENT,
                TASK_CLOSE_ACCOMPANIMENT, END_CLOSED).isEnded();
        assertThat(phaseOf(accompaniment)).isEqualTo(Phase.CLOSED);
        Long newId = jdbc.queryForObject("select new_accompaniment_id from follow_up where accompaniment_id = ? and number = 2",
                Long.class, accompaniment.getId());
        Accompaniment opened = accompaniments.findById(newId).orElseThrow();
        assertThat(opened.getOrganisation().getId()).isEqualTo(accompaniment.getOrganisation().getId());
        assertThat(opened.getMotive()).isEqualTo("Développer les financements privés");
        assertThat(opened.getCreatedBy()).isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(opened.getPhase()).isEqualTo(Phase.INTAKE);
        assertThat(instance(opened)).isWaitingAt(TASK_REVIEW_REQUEST);
        assertThat(auditActionsOf(accompaniment)).containsSubsequence("new-accompaniment-opened", "closed");
    }

    @Test
    void shouldCloseAtTheFirstFollowUpWhenTheOfficerEndsItThere() {
        Accompaniment accompaniment = afterTheMissions();
        ProcessInstance instance = instance(accompaniment);

        fireFollowUpTimerDueInSixMonths(instance);
        recordFollowUp(instance, FollowUpReports.withNewNeeds("Former les médiateurs à l'évaluation", true));

        assertThat(instance).hasPassed(TASK_OPEN_NEW_ACCOMPANIMENT).hasPassed(END_CLOSED).isEnded();
        assertThat(jdbc.queryForObject("select count(*) from follow_up where accompaniment_id = ?", Integer.class,
                accompaniment.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from accompaniment where organisation_id = ?", Integer.class,
                accompaniment.getOrganisation().getId())).isEqualTo(2);
    }

    @Test
    void shouldNotOpenAnythingWhenTheFlagIsSetOnAnEarlierFollowUpThatDoesNotClose() {
        Accompaniment accompaniment = afterTheMissions();
        ProcessInstance instance = instance(accompaniment);

        fireFollowUpTimerDueInSixMonths(instance);
        recordFollowUp(instance, FollowUpReports.withNewNeeds("Besoin encore flou", false));

        assertThat(instance).isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(jdbc.queryForObject("select count(*) from accompaniment where organisation_id = ?", Integer.class,
                accompaniment.getOrganisation().getId())).isEqualTo(1);
    }

    private Accompaniment afterTheMissions() {
        return scenario.openAt(TIMER_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
    }

    /** Checks the timer waits about six months, then fires it as the job executor would. */
    private void fireFollowUpTimerDueInSixMonths(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(TIMER_FOLLOW_UP);
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        LocalDate due = LocalDate.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due).isBetween(LocalDate.now().plusMonths(6).minusDays(1), LocalDate.now().plusMonths(6).plusDays(1));
        managementService.executeJob(timer.getId());
    }

    private void recordFollowUp(ProcessInstance instance, FollowUpReport report) {
        scenario.complete(scenario.task(instance.getId(), TASK_FOLLOW_UP), DemoUsers.OFFICER_NICE, VAR_SUBMISSION, report);
    }

    private Phase phaseOf(Accompaniment accompaniment) {
        return accompaniments.findById(accompaniment.getId()).orElseThrow().getPhase();
    }

    private List<String> auditActionsOf(Accompaniment accompaniment) {
        return jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "order by occurred_at, id", String.class, accompaniment.getId());
    }

    private ProcessInstance instance(Accompaniment accompaniment) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).singleResult();
    }
}
