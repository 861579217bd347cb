package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.identity.Groups;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

/** The consultant selection of {@code dla-collective}: the coordinators' four steps, and refused steps roll back. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CollectiveSelectionProcessTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    CollectiveSelection selection;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldGiveEverySelectionStepToTheCoordinatorsOfTheRegion() {
        CollectiveAccompaniment collective = toPreselection();
        ProcessInstance instance = instance(collective);
        long franceMediation = collectiveScenario.franceMediation().getId();
        List<Long> firms = List.of(franceMediation, collectiveScenario.newConsultant().getId(),
                collectiveScenario.newConsultant().getId());

        assertThat(instance).isWaitingAt(TASK_PRESELECT_CONSULTANTS);
        assertThat(scenario.task(instance.getId(), TASK_PRESELECT_CONSULTANTS))
                .hasCandidateGroup(Groups.coordinatorsOf("32"));
        complete(collective, TASK_PRESELECT_CONSULTANTS, new Preselection(firms, COORDINATOR));
        assertThat(instance).hasPassed(TASK_SAVE_PRESELECTION).isWaitingAt(TASK_RECEIVE_PROPOSALS);
        assertThat(scenario.task(instance.getId(), TASK_RECEIVE_PROPOSALS)).hasCandidateGroup(Groups.coordinatorsOf("32"));
        assertThat(selection.candidatesOf(collective.getId())).extracting(c -> c.getOrganisation().getId())
                .containsExactlyInAnyOrderElementsOf(firms);
    }

    @Test
    void shouldRollBackAPreselectionOfTwoConsultants() {
        CollectiveAccompaniment collective = toPreselection();
        List<Long> two = List.of(collectiveScenario.franceMediation().getId(), collectiveScenario.newConsultant().getId());

        assertThatThrownBy(() -> complete(collective, TASK_PRESELECT_CONSULTANTS, new Preselection(two, COORDINATOR)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(instance(collective)).isWaitingAt(TASK_PRESELECT_CONSULTANTS);
        assertThat(scenario.task(collective.getProcessInstanceId(), TASK_PRESELECT_CONSULTANTS).getAssignee()).isNull();
        assertThat(selection.candidatesOf(collective.getId())).isEmpty();
    }

    @Test
    void shouldRollBackTheChoiceOfAConsultantThatSentNoProposalWithItsNotices() {
        CollectiveAccompaniment collective = toPreselection();
        complete(collective, TASK_PRESELECT_CONSULTANTS, new Preselection(List.of(
                collectiveScenario.franceMediation().getId(), collectiveScenario.newConsultant().getId(),
                collectiveScenario.newConsultant().getId()), COORDINATOR));
        List<CollectiveCandidate> candidates = selection.candidatesOf(collective.getId());
        complete(collective, TASK_RECEIVE_PROPOSALS, new ReceivedProposals(List.of(
                new ReceivedProposals.Proposal(candidates.get(0).getId(), true, LocalDate.now(),
                        new BigDecimal("16000"), new BigDecimal("20")),
                new ReceivedProposals.Proposal(candidates.get(1).getId(), false, null, null, null),
                new ReceivedProposals.Proposal(candidates.get(2).getId(), false, null, null, null)), COORDINATOR));
        complete(collective, TASK_SCORE_PROPOSALS, new ProposalScores(List.of(
                new ProposalScore(candidates.get(0).getId(), 15, 15, 12, 12)), COORDINATOR));

        assertThatThrownBy(() -> complete(collective, TASK_VALIDATE_CHOICE, new ChoiceValidation(
                candidates.get(1).getId(), "PV", LocalDate.now(), COORDINATOR)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(instance(collective)).hasPassed(TASK_SAVE_SCORES).isWaitingAt(TASK_VALIDATE_CHOICE);
        assertThat(jdbc.queryForObject("select count(*) from collective_consultant_notice where collective_id = ?",
                Integer.class, collective.getId())).isZero();
        assertThat(jdbc.queryForMap("select consultant_organisation_id, chosen_candidate_id from collective_accompaniment"
                + " where id = ?", collective.getId())).containsEntry("consultant_organisation_id", null)
                .containsEntry("chosen_candidate_id", null);
        assertThat(runtimeService.getVariable(collective.getProcessInstanceId(), VAR_CONSULTANT_GROUP)).isNull();
    }

    private CollectiveAccompaniment toPreselection() {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        collectiveScenario.writeSpecifications(collective);
        return collective;
    }

    private void complete(CollectiveAccompaniment collective, String key, Object submission) {
        scenario.complete(scenario.task(collective.getProcessInstanceId(), key), COORDINATOR, VAR_SUBMISSION,
                submission);
    }

    private ProcessInstance instance(CollectiveAccompaniment collective) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(collective.getProcessInstanceId()).singleResult();
    }
}
