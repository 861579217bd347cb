package fr.parcours.dla.process;

import static fr.parcours.dla.process.DlaIndividualProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.ParcoursIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** {@code dla-individual} from the request to closure, every phase on the real services and tables. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class FullPathProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    DlaJourney journey;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldRunTwoIngenieriesInParallelThenFollowUpTwiceAndClose() {
        Accompaniment accompaniment = journey.throughCommittee(2);
        ProcessInstance instance = instance(accompaniment);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_WRITE_SPECIFICATIONS).count()).isEqualTo(2);

        journey.throughEngineering(accompaniment);
        assertThat(instance).isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(phaseOf(accompaniment)).isEqualTo(Phase.FOLLOW_UP);
        assertThat(jdbc.queryForList("select status from engineering_mission where accompaniment_id = ?", String.class,
                accompaniment.getId())).hasSize(2).containsOnly(MissionStatus.DONE.name());

        journey.followUp(accompaniment, null);
        assertThat(instance).isWaitingAt(TIMER_FOLLOW_UP);
        journey.followUp(accompaniment, null);

        assertThat(instance).hasPassedInOrder(TASK_REVIEW_REQUEST, TASK_HOLD_INTERVIEW, TASK_ASSESS_THEMES,
                TASK_VALIDATE_DIAGNOSTIC, TASK_DRAFT_PLAN, TASK_RECORD_COMMITTEE_OPINION, SUBPROCESS_ENGINEERING,
                TIMER_FOLLOW_UP, TASK_FOLLOW_UP, TASK_CLOSE_ACCOMPANIMENT, END_CLOSED).isEnded();
        assertThat(phaseOf(accompaniment)).isEqualTo(Phase.CLOSED);
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?"
                + " order by id", String.class, accompaniment.getId()))
                .startsWith("opened", "intake-accepted").endsWith("closed");
    }

    @Test
    void shouldOpenANewAccompanimentWhenTheLastFollowUpFindsNewNeeds() {
        Accompaniment accompaniment = journey.throughCommittee(1);
        ProcessInstance instance = instance(accompaniment);
        journey.throughEngineering(accompaniment);
        journey.followUp(accompaniment, null);
        journey.followUp(accompaniment, "Développer les financements privés");

        assertThat(instance).hasPassed(TASK_OPEN_NEW_ACCOMPANIMENT, END_CLOSED).isEnded();
        Long newCase = jdbc.queryForObject("select max(id) from accompaniment where organisation_id = ?", Long.class,
                accompaniment.getOrganisation().getId());
        assertThat(newCase).isNotEqualTo(accompaniment.getId());
        Accompaniment opened = accompaniments.findById(newCase).orElseThrow();
        assertThat(opened.getMotive()).isEqualTo("Développer les financements privés");
        assertThat(instance(opened)).isWaitingAt(TASK_REVIEW_REQUEST);
    }

    private ProcessInstance instance(Accompaniment accompaniment) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).singleResult();
    }

    private Phase phaseOf(Accompaniment accompaniment) {
        return accompaniments.findById(accompaniment.getId()).orElseThrow().getPhase();
    }
}
