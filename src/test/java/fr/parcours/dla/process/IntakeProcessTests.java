package fr.parcours.dla.process;

import static fr.parcours.dla.process.DlaIndividualProcess.END_REFERRED;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_INTAKE_DECISION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.Phase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/** The accueil of {@code dla-individual}: the referral exit and the way on to the diagnostic. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IntakeProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentRepository accompaniments;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldWaitForTheOfficersOfTheCaseDepartment() {
        Accompaniment opened = scenario.openInNice();
        ProcessInstance instance = instance(opened);

        assertThat(instance).isWaitingAt(TASK_REVIEW_REQUEST);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06")).hasDueDate(task(instance).getDueDate());
        assertThat(task(instance).getDueDate()).isAfter(java.util.Date.from(opened.getCreatedAt()));
        assertThat(instance).hasBusinessKey(opened.getBusinessKey());
    }

    @Test
    void shouldEndWhenTheStructureIsReferredElsewhere() {
        Accompaniment opened = scenario.openInNice();
        ProcessInstance instance = instance(opened);

        scenario.complete(scenario.task(instance.getId(), TASK_REVIEW_REQUEST), DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new IntakeDecision(IntakeOutcome.REFERRED, "France Active", "Besoin de financement", DemoUsers.OFFICER_NICE));

        assertThat(instance).hasPassedInOrder(TASK_REVIEW_REQUEST, TASK_RECORD_INTAKE_DECISION, END_REFERRED).isEnded();
        Accompaniment saved = accompaniments.findById(opened.getId()).orElseThrow();
        assertThat(saved.getPhase()).isEqualTo(Phase.REFERRED);
        assertThat(saved.getReferralPartner()).isEqualTo("France Active");
        assertThat(saved.getDecidedBy()).isEqualTo(DemoUsers.OFFICER_NICE);
    }

    @Test
    void shouldGoOnToTheDiagnosticWhenAccepted() {
        Accompaniment opened = scenario.openInNice();
        ProcessInstance instance = instance(opened);

        scenario.complete(scenario.task(instance.getId(), TASK_REVIEW_REQUEST), DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, DemoUsers.OFFICER_NICE));

        assertThat(instance).isWaitingAt(TASK_HOLD_INTERVIEW);
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.DIAGNOSTIC);
    }

    private ProcessInstance instance(Accompaniment accompaniment) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).singleResult();
    }
}
