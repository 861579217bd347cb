package fr.parcours.collective.dashboard;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.adultesrelais.AgreementScenario;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.ParticipationStatus;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deliverables and the dashboard on PostgreSQL: what is written, and the dashboard's numbers against it. */
@ParcoursIntegrationTest
class CollectiveDashboardTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    CollectiveDashboards dashboards;
    @Autowired
    DeliverablesService deliverables;
    @Autowired
    Scopes scopes;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgreementScenario agreementScenario;

    @Test
    void deliverablesAreWrittenReplacedAndAudited() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);

        deliverables.record(participation, DeliverablesExamples.full(3, 1, List.of(
                DeliverablesExamples.lead("Région Hauts-de-France", "20000", FundingStatus.OBTAINED, "15000"),
                DeliverablesExamples.lead("Fondation de France", "8000", FundingStatus.APPLIED, null))), COORDINATOR);
        deliverables.record(participation, DeliverablesExamples.full(3, 2, List.of(
                DeliverablesExamples.lead("Région Hauts-de-France", "20000", FundingStatus.OBTAINED, "18000"))),
                COORDINATOR);

        assertThat(jdbc.queryForMap("select action_plan, aided_contracts_at_stake, aided_contracts_made_permanent"
                + " from collective_deliverables where participation_id = ?", participation))
                .containsEntry("action_plan", "Pérenniser deux postes d'adultes-relais")
                .containsEntry("aided_contracts_at_stake", 3).containsEntry("aided_contracts_made_permanent", null);
        assertThat(jdbc.queryForList("select amount_obtained from collective_funding_lead where participation_id = ?",
                BigDecimal.class, participation)).containsExactly(new BigDecimal("18000.00"));
        assertThat(jdbc.queryForObject("select count(*) from collective_evaluation where participation_id = ?",
                Integer.class, participation)).isEqualTo(5);
        Deliverables read = deliverables.of(participation);
        assertThat(read.evaluationComplete()).isTrue();
        assertThat(read.actionPlanDate()).isEqualTo(CollectiveScenario.MEETING.plusDays(30));
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'COLLECTIVE' and case_id = ?"
                + " and action = 'structure-deliverables-recorded'", String.class, collective.getId())).hasSize(2);
    }

    @Test
    void aDroppedOutStructureTakesNoDeliverables() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 1);
        Task needs = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);
        long participation = (Long) taskService.getVariable(needs.getId(), VAR_PARTICIPATION_ID);
        scenario.complete(needs, COORDINATOR, VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, "Fusion", COORDINATOR));

        assertThatThrownBy(() -> deliverables.record(participation, DeliverablesExamples.full(1, 0, List.of()),
                COORDINATOR))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from collective_deliverables where participation_id = ?",
                Integer.class, participation)).isZero();
    }

    @Test
    void theDashboardShowsEachStructuresStepAttendanceDeliverablesAndTheTotals() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> ids = collectiveScenario.toFirstSession(collective, 3);
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), COORDINATOR, VAR_SUBMISSION, new SessionReport(
                LocalDate.now(), SessionTheme.FUNDING, null, ids, true, COORDINATOR));
        scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), COORDINATOR, VAR_SUBMISSION, new SessionReport(
                LocalDate.now(), SessionTheme.HUMAN_RESOURCES, null, ids.subList(0, 1), true, COORDINATOR));
        deliverables.record(ids.get(0), DeliverablesExamples.full(3, 2, List.of(
                DeliverablesExamples.lead("Région", "20000", FundingStatus.OBTAINED, "15000"),
                DeliverablesExamples.lead("Fondation", "8000.50", FundingStatus.APPLIED, null))), COORDINATOR);
        agreementScenario.madePermanent(ids.get(0), 2, COORDINATOR);
        deliverables.record(ids.get(1), new Deliverables("Plan", LocalDate.now(), 2, 0, List.of(
                DeliverablesExamples.lead("État (FONJEP)", "7000", FundingStatus.LEAD, null)), Map.of(CiterRegister.RECOGNITION,
                new Deliverables.Evaluation("Articles de presse", null, null))), COORDINATOR);
        Task needsOfThird = taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(TASK_RECORD_STRUCTURE_NEEDS).list().stream()
                .filter(task -> ids.get(2).equals(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
        scenario.complete(needsOfThird, COORDINATOR, VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, "Agrément perdu", COORDINATOR));

        CollectiveDashboard dashboard = dashboards.of(collective.getId(), scopes.of(COORDINATOR));

        assertThat(dashboard.sessionsHeld()).isEqualTo(2);
        Map<Long, CollectiveDashboard.Row> rows = new HashMap<>();
        dashboard.rows().forEach(row -> rows.put(row.figures().participationId(), row));
        StructureFigures first = rows.get(ids.get(0)).figures();
        assertThat(first.sessionsAttended()).isEqualTo(2);
        assertThat(first.actionPlan()).isTrue();
        assertThat(first.evaluation()).isTrue();
        assertThat(first.fundingLeads()).isEqualTo(2);
        assertThat(first.fundingSought()).isEqualByComparingTo("28000.50");
        assertThat(first.fundingObtained()).isEqualByComparingTo("15000");
        StructureFigures second = rows.get(ids.get(1)).figures();
        assertThat(second.sessionsAttended()).isEqualTo(1);
        assertThat(second.evaluation()).isFalse();
        assertThat(second.aidedContractsAtStake()).isEqualTo(2);
        assertThat(rows.get(ids.get(0)).step().name()).isEqualTo(needsOfThird.getName());
        assertThat(rows.get(ids.get(2)).step()).isNull();
        assertThat(rows.get(ids.get(2)).figures().status()).isEqualTo(ParticipationStatus.DROPPED_OUT);
        assertThat(dashboard.collectiveTasks()).extracting(CollectiveDashboard.Step::name)
                .containsExactly(scenario.task(pid, TASK_HOLD_SESSION).getName());
        assertThat(dashboard.actionPlans()).isEqualTo(2);
        assertThat(dashboard.evaluations()).isEqualTo(1);
        assertThat(dashboard.fundingLeads()).isEqualTo(3);
        assertThat(dashboard.aidedContractsAtStake()).isEqualTo(5);
        assertThat(dashboard.aidedContractsMadePermanent()).isEqualTo(2);
        assertThat(dashboard.fundingSought()).isEqualByComparingTo("35000.50");
        assertThat(dashboard.fundingObtained()).isEqualByComparingTo("15000");
        assertThat(dashboard.overdue()).isZero();
        assertThat(dashboard.late()).isFalse();
    }

    @Test
    void aStructureThatDroppedOutAfterItsDeliverablesIsListedWithItsReasonButLeftOutOfTheTotals() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> ids = collectiveScenario.toFirstSession(collective, 2);
        String pid = collective.getProcessInstanceId();
        for (Long id : ids) {
            scenario.complete(trackTask(pid, TASK_RECORD_STRUCTURE_NEEDS, id), COORDINATOR, VAR_SUBMISSION,
                    new TrackReport("Pérenniser les adultes-relais", TrackOutcome.CONTINUING, null, COORDINATOR));
            deliverables.record(id, DeliverablesExamples.full(3, 1, List.of(
                    DeliverablesExamples.lead("Région", "10000", FundingStatus.OBTAINED, "6000"))), COORDINATOR);
            agreementScenario.madePermanent(id, 1, COORDINATOR);
        }
        scenario.complete(trackTask(pid, TASK_RECORD_STRUCTURE_WORK, ids.get(1)), COORDINATOR, VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, "Perte de l'agrément adultes-relais", COORDINATOR));

        CollectiveDashboard dashboard = dashboards.of(collective.getId(), scopes.of(COORDINATOR));

        assertThat(dashboard.rows()).hasSize(2);
        CollectiveDashboard.Row left = dashboard.rows().stream()
                .filter(row -> row.figures().participationId() == ids.get(1)).findFirst().orElseThrow();
        assertThat(left.figures().droppedOut()).isTrue();
        assertThat(left.figures().droppedOutOn()).isEqualTo(LocalDate.now());
        assertThat(left.figures().dropOutReason()).isEqualTo("Perte de l'agrément adultes-relais");
        assertThat(left.figures().actionPlan()).isTrue();
        assertThat(left.step()).isNull();
        assertThat(dashboard.droppedOut()).isEqualTo(1);
        assertThat(dashboard.actionPlans()).isEqualTo(1);
        assertThat(dashboard.evaluations()).isEqualTo(1);
        assertThat(dashboard.fundingLeads()).isEqualTo(1);
        assertThat(dashboard.aidedContractsAtStake()).isEqualTo(3);
        assertThat(dashboard.aidedContractsMadePermanent()).isEqualTo(1);
        assertThat(dashboard.fundingSought()).isEqualByComparingTo("10000");
        assertThat(dashboard.fundingObtained()).isEqualByComparingTo("6000");
    }

    @Test
    void eachStructureShowsItsCurrentStepAndItsOverdueTasksCountOnceEach() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> ids = collectiveScenario.toFirstSession(collective, 2);
        String pid = collective.getProcessInstanceId();
        scenario.complete(trackTask(pid, TASK_RECORD_STRUCTURE_NEEDS, ids.get(0)), COORDINATOR, VAR_SUBMISSION,
                new TrackReport("Financements", TrackOutcome.CONTINUING, null, COORDINATOR));
        Task late = trackTask(pid, TASK_RECORD_STRUCTURE_NEEDS, ids.get(1));
        late.setDueDate(Date.from(Instant.now().minusSeconds(86_400)));
        taskService.saveTask(late);
        Task sessionTask = scenario.task(pid, TASK_HOLD_SESSION);
        sessionTask.setDueDate(Date.from(Instant.now().minusSeconds(3_600)));
        taskService.saveTask(sessionTask);

        CollectiveDashboard dashboard = dashboards.of(collective.getId(), scopes.of(COORDINATOR));

        Map<Long, CollectiveDashboard.Row> rows = new HashMap<>();
        dashboard.rows().forEach(row -> rows.put(row.figures().participationId(), row));
        CollectiveDashboard.Row working = rows.get(ids.get(0));
        assertThat(working.step().name()).isEqualTo(trackTask(pid, TASK_RECORD_STRUCTURE_WORK, ids.get(0)).getName());
        assertThat(working.overdue()).isZero();
        CollectiveDashboard.Row behind = rows.get(ids.get(1));
        assertThat(behind.step().name()).isEqualTo(late.getName());
        assertThat(behind.step().overdue()).isTrue();
        assertThat(behind.overdue()).isEqualTo(1);
        assertThat(dashboard.collectiveTasks()).singleElement().satisfies(step -> assertThat(step.overdue()).isTrue());
        assertThat(dashboard.overdue()).isEqualTo(2);
    }

    /** The open task of one structure's track. */
    private Task trackTask(String pid, String taskDefinitionKey, long participationId) {
        return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskDefinitionKey).list()
                .stream().filter(task -> Long.valueOf(participationId)
                        .equals(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
    }

    @Test
    void anotherRegionsCoordinatorCannotReadTheDashboard() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String other = collectiveScenario.coordinatorOfProvence();

        assertThatThrownBy(() -> dashboards.of(collective.getId(), scopes.of(other)))
                .isInstanceOf(CaseNotFoundException.class);
    }
}
