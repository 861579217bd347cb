package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_MORE_INTERVIEWS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_DIAGNOSTIC_VALIDATION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_THEME_ASSESSMENTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.diagnostic.DiagnosticFixtures;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** The diagnostic partagé of {@code dla-individual}: one or more interviews, themes, leaders' validation. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DiagnosticProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
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
    void shouldGoFromOneInterviewThroughThemesAndValidationToThePlan() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        ProcessInstance instance = instance(opened);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06"));

        complete(opened, TASK_HOLD_INTERVIEW, DiagnosticFixtures.interview(false));
        assertThat(instance).isWaitingAt(TASK_ASSESS_THEMES);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        complete(opened, TASK_ASSESS_THEMES, DiagnosticFixtures.allThemes());
        assertThat(instance).isWaitingAt(TASK_VALIDATE_DIAGNOSTIC);
        complete(opened, TASK_VALIDATE_DIAGNOSTIC, DiagnosticFixtures.validation());

        assertThat(instance).hasPassedInOrder(TASK_HOLD_INTERVIEW, TASK_RECORD_INTERVIEW, GATEWAY_MORE_INTERVIEWS,
                TASK_ASSESS_THEMES, TASK_RECORD_THEME_ASSESSMENTS, TASK_VALIDATE_DIAGNOSTIC,
                TASK_RECORD_DIAGNOSTIC_VALIDATION).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PLAN);
        assertThat(count("diagnostic_interview", opened)).isEqualTo(1);
        assertThat(count("theme_assessment", opened)).isEqualTo(7);
        assertThat(count("diagnostic_validation", opened)).isEqualTo(1);
    }

    @Test
    void shouldHoldAnotherInterviewWhenTheOfficerAsksForOne() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        ProcessInstance instance = instance(opened);

        complete(opened, TASK_HOLD_INTERVIEW, DiagnosticFixtures.interview(true));
        assertThat(instance).isWaitingAt(TASK_HOLD_INTERVIEW);
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.DIAGNOSTIC);
        complete(opened, TASK_HOLD_INTERVIEW, DiagnosticFixtures.interview(true));
        assertThat(instance).isWaitingAt(TASK_HOLD_INTERVIEW);
        complete(opened, TASK_HOLD_INTERVIEW, DiagnosticFixtures.interview(false));

        assertThat(instance).isWaitingAt(TASK_ASSESS_THEMES);
        assertThat(count("diagnostic_interview", opened)).isEqualTo(3);
    }

    private void complete(Accompaniment accompaniment, String taskKey, Object submission) {
        scenario.complete(scenario.task(accompaniment.getProcessInstanceId(), taskKey), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, submission);
    }

    private int count(String table, Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from " + table + " where accompaniment_id = ?", Integer.class,
                accompaniment.getId());
    }

    private ProcessInstance instance(Accompaniment accompaniment) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).singleResult();
    }
}
