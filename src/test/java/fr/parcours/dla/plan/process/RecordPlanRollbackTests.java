package fr.parcours.dla.plan.process;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan's rows and the engine step commit together or not at all: a plan whose second axis breaks a
 * database constraint, after the first axis and its mission were written, leaves nothing behind.
 */
@ParcoursIntegrationTest
class RecordPlanRollbackTests {

    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailureAfterTheFirstWritesRollsBackTheRowsAndTheEngineStep() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);
        // Bypasses the form's validation: plan_axis.title is varchar(200), so the second insert fails.
        PlanDraft tooLong = new PlanDraft(List.of(
                new PlanDraft.AxisDraft("Restructurer la médiation", null, Treatment.INDIVIDUAL_ENGINEERING),
                new PlanDraft.AxisDraft("x".repeat(201), null, Treatment.INTERNAL_ACTION)), DemoUsers.OFFICER_NICE);

        assertThatThrownBy(() -> scenario.complete(task, DemoUsers.OFFICER_NICE, VAR_SUBMISSION, tooLong))
                .isInstanceOf(RuntimeException.class);

        assertThat(count("plan_axis", opened)).isZero();
        assertThat(count("engineering_mission", opened)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' "
                + "and case_id = ?", Integer.class, opened.getId())).isZero();
        assertThat(scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN).getId()).isEqualTo(task.getId());
        assertThat(scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN).getAssignee()).isNull();
        assertThat(runtimeService.getVariable(opened.getProcessInstanceId(), VAR_ENGINEERING_AXIS_IDS)).isNull();
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.INTAKE);
    }

    private int count(String table, Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from " + table + " where accompaniment_id = ?", Integer.class,
                accompaniment.getId());
    }
}
