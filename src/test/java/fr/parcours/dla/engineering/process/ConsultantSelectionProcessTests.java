package fr.parcours.dla.engineering.process;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_CHOICE;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_PRESELECTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SCORES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_CONSULTANT_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.Organisation;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
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
import org.springframework.test.context.TestExecutionListeners;

/** The consultant selection of {@code SubProcess_Engineering}: from the cahier des charges to the launch meeting. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConsultantSelectionProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    AccompanimentRepository accompaniments;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldStartOneIngenieriePerAxisAtItsSpecifications() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation", "Modèle économique");

        assertThat(instance(opened)).isWaitingAt(TASK_WRITE_SPECIFICATIONS);
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(opened.processInstanceId())
                .taskDefinitionKey(TASK_WRITE_SPECIFICATIONS).list();
        assertThat(tasks).hasSize(2);
        tasks.forEach(task -> assertThat(task).hasCandidateGroup(Groups.dlaOfficersOf("06")));
    }

    @Test
    void shouldRunTwoIngenieriesInParallelUpToTheirOwnLaunchMeetings() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation", "Modèle économique");
        long first = opened.axisIds().get(0);
        long second = opened.axisIds().get(1);
        List<Organisation> firstConsultants = engineering.newConsultants(3);
        List<Organisation> secondConsultants = engineering.newConsultants(4);

        List<ConsultantCandidate> firstScored = engineering.scoreProposals(opened, first, firstConsultants);
        assertThat(engineering.missionOf(first).getStatus()).isEqualTo(MissionStatus.CHOICE);
        assertThat(engineering.missionOf(second).getStatus()).isEqualTo(MissionStatus.SPECIFICATIONS);
        List<ConsultantCandidate> secondScored = engineering.scoreProposals(opened, second, secondConsultants);

        engineering.complete(opened, first, TASK_VALIDATE_CHOICE, choice(firstScored.get(1)));
        engineering.complete(opened, second, TASK_VALIDATE_CHOICE, choice(secondScored.get(0)));

        ProcessInstance instance = instance(opened);
        assertThat(instance).hasPassedInOrder(TASK_WRITE_SPECIFICATIONS, TASK_RECORD_SPECIFICATIONS,
                TASK_PRESELECT_CONSULTANTS, TASK_RECORD_PRESELECTION, TASK_RECEIVE_PROPOSALS, TASK_RECORD_PROPOSALS,
                TASK_SCORE_PROPOSALS, TASK_RECORD_SCORES, TASK_VALIDATE_CHOICE, TASK_RECORD_CHOICE);
        assertThat(instance).isWaitingAt(TASK_HOLD_LAUNCH_MEETING);
        Task firstLaunch = engineering.task(opened, first, TASK_HOLD_LAUNCH_MEETING);
        Task secondLaunch = engineering.task(opened, second, TASK_HOLD_LAUNCH_MEETING);
        assertThat(firstLaunch).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        assertThat(secondLaunch).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        assertThat(taskService.getVariable(firstLaunch.getId(), VAR_CONSULTANT_GROUP))
                .isEqualTo(Groups.consultantsOf(firstConsultants.get(1).getId()));
        assertThat(taskService.getVariable(secondLaunch.getId(), VAR_CONSULTANT_GROUP))
                .isEqualTo(Groups.consultantsOf(secondConsultants.get(0).getId()));
        // Local to each ingénierie: nothing at the process level for one to overwrite the other's.
        assertThat(runtimeService.getVariableLocal(opened.processInstanceId(), VAR_CONSULTANT_GROUP)).isNull();
        assertThat(engineering.missionOf(first).getConsultantOrganisationId()).isEqualTo(firstConsultants.get(1).getId());
        assertThat(engineering.missionOf(second).getStatus()).isEqualTo(MissionStatus.LAUNCH);
        assertThat(accompaniments.findById(opened.accompaniment().getId()).orElseThrow().getPhase())
                .isEqualTo(Phase.ENGINEERING);
    }

    @Test
    void shouldRollBackTheStepWhenTheServiceRefusesTheSubmission() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        List<Organisation> consultants = engineering.newConsultants(3);
        engineering.preselect(opened, opened.firstAxis(), consultants);
        List<ConsultantCandidate> preselected = engineering.candidatesOf(opened.firstAxis());
        // Above the 6 000 € cap: a form would refuse it; the service refuses it too, and the engine step with it.
        ReceivedProposals aboveCap = new ReceivedProposals(preselected.stream()
                .map(candidate -> new ReceivedProposals.Proposal(candidate.getId(), true, LocalDate.now(),
                        new BigDecimal("9000"), BigDecimal.TEN)).toList(), DemoUsers.OFFICER_NICE);

        assertThatThrownBy(() -> engineering.complete(opened, opened.firstAxis(), TASK_RECEIVE_PROPOSALS, aboveCap))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(instance(opened)).isWaitingAt(TASK_RECEIVE_PROPOSALS);
        assertThat(engineering.candidatesOf(opened.firstAxis())).allMatch(c -> c.getProposalReceived() == null);
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PROPOSALS);
    }

    private static ChoiceValidation choice(ConsultantCandidate chosen) {
        return new ChoiceValidation(chosen.getId(), "Comité de sélection du 12 : proposition la mieux notée.",
                LocalDate.now(), DemoUsers.OFFICER_NICE);
    }

    private ProcessInstance instance(EngineeringCase opened) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
    }
}
