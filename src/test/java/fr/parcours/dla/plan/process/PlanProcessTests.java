package fr.parcours.dla.plan.process;

import static fr.parcours.dla.plan.Treatment.COLLECTIVE_ENGINEERING;
import static fr.parcours.dla.plan.Treatment.INDIVIDUAL_ENGINEERING;
import static fr.parcours.dla.plan.Treatment.INTERNAL_ACTION;
import static fr.parcours.dla.plan.Treatment.OFFICER_EXPERTISE;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_AMEND_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.GATEWAY_HAS_ENGINEERING;
import static fr.parcours.dla.process.DlaIndividualProcess.SUBPROCESS_ENGINEERING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SAVE_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.TIMER_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.plan.PlanFixtures;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.context.TestExecutionListeners;

/** The plan d'accompagnement and the comité d'appui of {@code dla-individual}, and where they lead. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PlanProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    EngineeringMissionRepository missions;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldRunOneIngenieriePerEngineeringAxis() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        ProcessInstance instance = instance(opened);

        complete(opened, TASK_DRAFT_PLAN,
                PlanFixtures.plan(INDIVIDUAL_ENGINEERING, INTERNAL_ACTION, INDIVIDUAL_ENGINEERING));
        assertThat(instance).isWaitingAt(TASK_RECORD_COMMITTEE_OPINION);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        assertThat(phaseOf(opened)).isEqualTo(Phase.SUPPORT_COMMITTEE);
        complete(opened, TASK_RECORD_COMMITTEE_OPINION, PlanFixtures.opinion(false));

        assertThat(instance).hasPassedInOrder(TASK_DRAFT_PLAN, TASK_RECORD_PLAN, TASK_RECORD_COMMITTEE_OPINION,
                TASK_SAVE_COMMITTEE_OPINION, GATEWAY_AMEND_PLAN, GATEWAY_HAS_ENGINEERING)
                .isWaitingAt(TASK_WRITE_SPECIFICATIONS);
        List<Task> specifications = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_WRITE_SPECIFICATIONS).list();
        assertThat(specifications).hasSize(2);
        List<Long> missionAxes = missions.findByAccompanimentIdOrderById(opened.getId()).stream()
                .map(EngineeringMission::getPlanAxisId).toList();
        assertThat(specifications).extracting(task -> taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID))
                .containsExactlyInAnyOrderElementsOf(missionAxes);
        assertThat(phaseOf(opened)).isEqualTo(Phase.ENGINEERING);
    }

    @Test
    void shouldGoStraightToTheFollowUpWithoutEngineeringAxes() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        ProcessInstance instance = instance(opened);

        complete(opened, TASK_DRAFT_PLAN, PlanFixtures.plan(INTERNAL_ACTION, COLLECTIVE_ENGINEERING, OFFICER_EXPERTISE));
        assertThat(runtimeService.getVariable(instance.getId(), VAR_ENGINEERING_AXIS_IDS)).isEqualTo(List.of());
        complete(opened, TASK_RECORD_COMMITTEE_OPINION, PlanFixtures.opinion(false));

        assertThat(instance).hasPassed(GATEWAY_HAS_ENGINEERING).hasNotPassed(SUBPROCESS_ENGINEERING)
                .isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(phaseOf(opened)).isEqualTo(Phase.FOLLOW_UP);
        assertThat(missions.findByAccompanimentIdOrderById(opened.getId())).isEmpty();
    }

    @Test
    void shouldLoopBackToThePlanWhenTheOfficerAmendsItAfterTheCommittee() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        ProcessInstance instance = instance(opened);

        complete(opened, TASK_DRAFT_PLAN, PlanFixtures.plan(INDIVIDUAL_ENGINEERING, INDIVIDUAL_ENGINEERING));
        complete(opened, TASK_RECORD_COMMITTEE_OPINION, PlanFixtures.opinion(true));
        assertThat(instance).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(phaseOf(opened)).isEqualTo(Phase.PLAN);

        complete(opened, TASK_DRAFT_PLAN, PlanFixtures.plan(INTERNAL_ACTION, INDIVIDUAL_ENGINEERING));
        assertThat(instance).isWaitingAt(TASK_RECORD_COMMITTEE_OPINION);
        complete(opened, TASK_RECORD_COMMITTEE_OPINION, PlanFixtures.opinion(false));

        List<Task> specifications = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_WRITE_SPECIFICATIONS).list();
        assertThat(specifications).hasSize(1);
        List<EngineeringMission> current = missions.findByAccompanimentIdOrderById(opened.getId());
        assertThat(current).hasSize(1);
        assertThat(taskService.getVariable(specifications.get(0).getId(), VAR_ENGINEERING_AXIS_ID))
                .isEqualTo(current.get(0).getPlanAxisId());
    }

    private void complete(Accompaniment accompaniment, String taskKey, Object submission) {
        scenario.complete(scenario.task(accompaniment.getProcessInstanceId(), taskKey), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, submission);
    }

    private Phase phaseOf(Accompaniment accompaniment) {
        return accompaniments.findById(accompaniment.getId()).orElseThrow().getPhase();
    }

    private ProcessInstance instance(Accompaniment accompaniment) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).singleResult();
    }
}
