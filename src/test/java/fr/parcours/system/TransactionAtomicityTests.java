package fr.parcours.system;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_OFFICER_GROUP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.support.TestProcesses;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine and the app share one transaction: when a step fails after a delegate wrote its rows,
 * neither the rows nor the engine's progress are committed.
 */
@ParcoursIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionAtomicityTests {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void deployTestProcess() {
        repositoryService.createDeployment().name("atomicity-test").enableDuplicateFiltering(true)
                .addClasspathResource("test-processes/intake-then-failure.bpmn").deploy();
    }

    @Test
    void aFailingStepRollsBackTheDelegatesWriteAndTheEngineStep() {
        Accompaniment opened = scenario.openInNice();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("test-intake-then-failure", Map.of(
                VAR_ACCOMPANIMENT_ID, opened.getId(), VAR_OFFICER_GROUP, Groups.dlaOfficersOf("06")));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        long auditBefore = auditRecords(opened);

        assertThatThrownBy(() -> scenario.complete(task, DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                new IntakeDecision(IntakeOutcome.REFERRED, "France Active", "Financement", DemoUsers.OFFICER_NICE)))
                .hasStackTraceContaining(TestProcesses.FAILURE_MESSAGE);

        Map<String, Object> row = jdbc.queryForMap(
                "select phase, intake_decision, referral_partner from accompaniment where id = ?", opened.getId());
        assertThat(row.get("phase")).isEqualTo("INTAKE");
        assertThat(row.get("intake_decision")).isNull();
        assertThat(row.get("referral_partner")).isNull();
        assertThat(auditRecords(opened)).isEqualTo(auditBefore);
        Task stillOpen = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(stillOpen.getId()).isEqualTo(task.getId());
        assertThat(stillOpen.getAssignee()).as("the claim is rolled back too").isNull();
    }

    private long auditRecords(Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?",
                Long.class, accompaniment.getId());
    }
}
