package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.collective.CollectivePhase;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.StepNote;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.LateJoins;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationStatus;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/** {@code dla-collective}: the Hauts-de-France path with six structures, a drop-out, the sessions loop, lateness. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CollectiveProcessTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    CollectiveService collectives;
    @Autowired
    CollectiveAccompanimentRepository collectiveRepository;
    @Autowired
    LateJoins lateJoins;
    @Autowired
    Scopes scopes;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldWaitForTheCensusByTheCoordinatorsOfTheRegion() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        ProcessInstance instance = instance(collective);

        assertThat(instance).isWaitingAt(TASK_RECORD_CENSUS).hasBusinessKey(collective.getBusinessKey());
        assertThat(scenario.task(instance.getId(), TASK_RECORD_CENSUS)).hasCandidateGroup(Groups.coordinatorsOf("32"));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(java.sql.Timestamp.valueOf(LocalDate.now().plusMonths(6).atStartOfDay()));
    }

    @Test
    void shouldRunSixStructuresThroughTheirTracksAndTheSessionsToTheFollowUp() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        ProcessInstance instance = instance(collective);
        List<Long> participations = collectiveScenario.mobilise(collective, collectiveScenario.structures(6));

        assertThat(participations).hasSize(6);
        assertThat(instance).isWaitingAt(TASK_WRITE_SPECIFICATIONS, TASK_RECORD_STRUCTURE_NEEDS);
        assertThat(tasks(instance, TASK_RECORD_STRUCTURE_NEEDS)).hasSize(6);
        tasks(instance, TASK_RECORD_STRUCTURE_NEEDS).forEach(task -> complete(task,
                new TrackReport("Pérenniser deux postes adultes-relais", TrackOutcome.CONTINUING, null, COORDINATOR)));
        complete(scenario.task(instance.getId(), TASK_WRITE_SPECIFICATIONS),
                new StepNote("Pistes de financement et évaluation CITER", COORDINATOR));
        assertThat(instance).isWaitingAt(TASK_PRESELECT_CONSULTANTS);
        long consultant = collectiveScenario.selectConsultant(collective);
        assertThat(scenario.task(instance.getId(), TASK_HOLD_SESSION))
                .hasCandidateGroup(Groups.coordinatorsOf("32")).hasCandidateGroup(Groups.consultantsOf(consultant));
        complete(scenario.task(instance.getId(), TASK_HOLD_SESSION), new SessionReport(LocalDate.of(2017, 1, 17),
                SessionTheme.PROJECT_METHOD_EVALUATION, null, participations, true, COORDINATOR));
        complete(scenario.task(instance.getId(), TASK_HOLD_SESSION), new SessionReport(LocalDate.of(2017, 2, 14),
                SessionTheme.FUNDING, null, participations.subList(0, 4), false, COORDINATOR));
        tasks(instance, TASK_RECORD_STRUCTURE_WORK).forEach(task -> complete(task,
                new TrackReport("Plan d'action remis", TrackOutcome.DELIVERED, null, COORDINATOR)));
        complete(scenario.task(instance.getId(), TASK_EVALUATE_END), new StepNote("Six plans d'action", COORDINATOR));
        complete(scenario.task(instance.getId(), TASK_RECORD_FOLLOW_UP), new StepNote("Trois postes pérennisés",
                COORDINATOR));

        assertThat(instance).hasPassedInOrder(TASK_SAVE_SPECIFICATIONS, TASK_SAVE_PRESELECTION, TASK_SAVE_PROPOSALS,
                        TASK_SAVE_SCORES, TASK_SAVE_CHOICE, TASK_SAVE_SESSION)
                .hasPassed(END_TRACK_COMPLETED).hasNotPassed(END_TRACK_DROPPED_OUT)
                .hasPassedInOrder(TASK_SAVE_MOBILISATION_MEETING, TASK_SAVE_SESSION, TASK_SAVE_END_EVALUATION,
                        TASK_SAVE_FOLLOW_UP, END_COLLECTIVE_CLOSED).isEnded();
        assertThat(collectiveRepository.findById(collective.getId()).orElseThrow().getPhase())
                .isEqualTo(CollectivePhase.CLOSED);
        assertThat(collectives.sessions(collective.getId())).extracting(s -> s.getAttendance().size())
                .containsExactly(6, 4);
    }

    @Test
    void shouldEndTheTrackOfAStructureThatDropsOutWhileTheOthersGoOn() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        ProcessInstance instance = instance(collective);
        List<Long> participations = collectiveScenario.mobilise(collective, collectiveScenario.structures(2));
        List<Task> needs = tasks(instance, TASK_RECORD_STRUCTURE_NEEDS);
        complete(needs.get(0), new TrackReport("Financements", TrackOutcome.CONTINUING, null, COORDINATOR));
        complete(needs.get(1), new TrackReport("RH", TrackOutcome.CONTINUING, null, COORDINATOR));

        List<Task> work = tasks(instance, TASK_RECORD_STRUCTURE_WORK);
        Long leaving = (Long) taskService.getVariable(work.get(0).getId(), VAR_PARTICIPATION_ID);
        complete(work.get(0), new TrackReport(null, TrackOutcome.DROPPED_OUT, "Fin de l'agrément adultes-relais",
                COORDINATOR));
        complete(work.get(1), new TrackReport("Premier jet du plan d'action", TrackOutcome.CONTINUING, null,
                COORDINATOR));

        assertThat(instance).hasPassed(END_TRACK_DROPPED_OUT).isWaitingAt(TASK_WRITE_SPECIFICATIONS,
                TASK_RECORD_STRUCTURE_WORK);
        assertThat(tasks(instance, TASK_RECORD_STRUCTURE_WORK)).hasSize(1);
        assertThat(collectives.participations(collective.getId()))
                .filteredOn(p -> p.getId().equals(leaving)).singleElement()
                .satisfies(p -> {
                    assertThat(p.getStatus()).isEqualTo(ParticipationStatus.DROPPED_OUT);
                    assertThat(p.getDropOutReason()).isEqualTo("Fin de l'agrément adultes-relais");
                });
        assertThat(participations).contains(leaving);
    }

    @Test
    void shouldGiveAStructureJoiningLateItsOwnTrackUntilItsDeliverables() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        ProcessInstance instance = instance(collective);
        collectiveScenario.mobilise(collective, collectiveScenario.structures(2));
        long latecomer = collectiveScenario.structures(1).get(0).getId();

        Participation joined = scenario.as(COORDINATOR, () -> lateJoins.join(collective.getId(), latecomer,
                LocalDate.of(2017, 1, 10), COORDINATOR, scopes.of(COORDINATOR)));

        List<Task> needs = tasks(instance, TASK_RECORD_STRUCTURE_NEEDS);
        assertThat(needs).hasSize(3).extracting(task -> taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID))
                .contains(joined.getId());
        Task latecomersNeeds = needs.stream()
                .filter(task -> joined.getId().equals(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
        assertThat(latecomersNeeds).hasCandidateGroup(Groups.coordinatorsOf("32"));
        complete(latecomersNeeds, new TrackReport("Financements privés", TrackOutcome.CONTINUING, null, COORDINATOR));
        complete(scenario.task(instance.getId(), TASK_RECORD_STRUCTURE_WORK),
                new TrackReport("Plan d'action remis", TrackOutcome.DELIVERED, null, COORDINATOR));

        assertThat(instance).hasPassed(END_TRACK_COMPLETED).isWaitingAt(TASK_WRITE_SPECIFICATIONS,
                TASK_RECORD_STRUCTURE_NEEDS);
        assertThat(collectives.participations(collective.getId())).filteredOn(p -> p.getId().equals(joined.getId()))
                .singleElement().satisfies(p -> {
                    assertThat(p.getStatus()).isEqualTo(ParticipationStatus.PARTICIPATING);
                    assertThat(p.getJoinedOn()).isEqualTo(LocalDate.of(2017, 1, 10));
                    assertThat(p.getDeliveredOn()).isNotNull();
                });
    }

    @Test
    void shouldWarnTheCoordinatorsWhenThePlannedDurationIsOverWithoutStoppingTheAccompaniment() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        ProcessInstance instance = instance(collective);

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());

        assertThat(instance).isWaitingAt(TASK_RECORD_CENSUS, TASK_HANDLE_LATENESS);
        assertThat(scenario.task(instance.getId(), TASK_HANDLE_LATENESS)).hasCandidateGroup(Groups.coordinatorsOf("32"));
        complete(scenario.task(instance.getId(), TASK_HANDLE_LATENESS),
                new StepNote("Deux sessions reportées au printemps", COORDINATOR));

        assertThat(instance).hasPassed(END_LATENESS_HANDLED).isWaitingAt(TASK_RECORD_CENSUS);
        assertThat(collectiveRepository.findById(collective.getId()).orElseThrow().getLatenessNote())
                .isEqualTo("Deux sessions reportées au printemps");
    }

    private void complete(Task task, Object submission) {
        scenario.complete(task, COORDINATOR, VAR_SUBMISSION, submission);
    }

    private List<Task> tasks(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .orderByTaskId().asc().list();
    }

    private ProcessInstance instance(CollectiveAccompaniment collective) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(collective.getProcessInstanceId()).singleResult();
    }
}
