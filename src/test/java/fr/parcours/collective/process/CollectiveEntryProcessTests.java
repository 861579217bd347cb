package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.END_TRACK_COMPLETED;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.referrals.CollectiveReferral;
import fr.parcours.collective.referrals.CollectiveReferrals;
import fr.parcours.collective.referrals.ReferralScenario;
import fr.parcours.collective.referrals.ReferralStatus;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** Entry from an individual plan: {@code dla-individual}'s comité keeps a collective axis, {@code dla-collective} takes it. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CollectiveEntryProcessTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;
    @Autowired
    ReferralScenario referralScenario;
    @Autowired
    CollectiveReferrals referrals;
    @Autowired
    CollectiveService collectives;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldLetAStructureEnterFromAnIndividualPlanWithItsOwnTrack() {
        Accompaniment accompaniment = referralScenario.planWithCollectiveAxis();
        CollectiveAccompaniment collective = referralScenario.runningCollective();

        referralScenario.committee(accompaniment, false);

        assertThat(instance(accompaniment.getProcessInstanceId())).hasPassed(TASK_RECORD_COMMITTEE_OPINION);
        CollectiveReferral referral = referralScenario.of(accompaniment).get(0);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PENDING);
        assertThat(referral.getRegionCode()).isEqualTo("32");
        assertThat(referral.getAxisTitle()).isEqualTo(ReferralScenario.AXIS);
        assertThat(referral.getCaseReference()).isEqualTo(accompaniment.getBusinessKey());
        assertThat(auditActions(accompaniment)).contains("collective-referral-recorded");

        CollectiveReferral accepted = scenario.as(COORDINATOR, () -> referrals.accept(referral.getId(),
                collective.getId(), LocalDate.now(), COORDINATOR, scopes.of(COORDINATOR)));

        ProcessInstance collectiveInstance = instance(collective.getProcessInstanceId());
        List<Task> needs = taskService.createTaskQuery().processInstanceId(collectiveInstance.getId())
                .taskDefinitionKey(TASK_RECORD_STRUCTURE_NEEDS).list();
        assertThat(needs).hasSize(3);
        Task ownTrack = needs.stream().filter(task -> accepted.getParticipationId()
                .equals(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID))).findFirst().orElseThrow();
        assertThat(ownTrack).hasCandidateGroup(Groups.coordinatorsOf("32"));
        assertThat(collectives.participations(collective.getId())).anySatisfy(p -> {
            assertThat(p.getId()).isEqualTo(accepted.getParticipationId());
            assertThat(p.getOrganisation().getId()).isEqualTo(referral.getOrganisation().getId());
            assertThat(p.isActive()).isTrue();
        });
        assertThat(auditActions(accompaniment)).contains("collective-referral-accepted");

        complete(ownTrack, new TrackReport("Pérennisation des adultes-relais", TrackOutcome.CONTINUING, null, COORDINATOR));
        Task work = taskService.createTaskQuery().processInstanceId(collectiveInstance.getId())
                .taskDefinitionKey(TASK_RECORD_STRUCTURE_WORK).singleResult();
        complete(work, new TrackReport("Plan d'action remis", TrackOutcome.DELIVERED, null, COORDINATOR));
        assertThat(collectiveInstance).hasPassed(END_TRACK_COMPLETED);
    }

    @Test
    void shouldReferNothingWhileTheComiteSendsThePlanBack() {
        Accompaniment accompaniment = referralScenario.planWithCollectiveAxis();

        referralScenario.committee(accompaniment, true);

        assertThat(instance(accompaniment.getProcessInstanceId())).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(referralScenario.of(accompaniment)).isEmpty();
    }

    private ProcessInstance instance(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    private void complete(Task task, Object submission) {
        scenario.complete(task, COORDINATOR, VAR_SUBMISSION, submission);
    }

    private List<String> auditActions(Accompaniment accompaniment) {
        return jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?",
                String.class, accompaniment.getId());
    }
}
