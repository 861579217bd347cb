package fr.parcours.council.activity;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_RECORD_MOBILISATION;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.casework.CaseTasks;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The activity log on PostgreSQL: cycle steps and other activities, the sheet's totals and period, its reach. */
@ParcoursIntegrationTest
class CouncilActivitiesTests {

    private static final LocalDate MARCH_FIRST = LocalDate.of(2017, 3, 1);
    private static final LocalDate MARCH_LAST = LocalDate.of(2017, 3, 31);

    @Autowired
    CouncilActivities activities;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    Scenario scenario;
    @Autowired
    CaseTasks taskCompleter;
    @Autowired
    TaskService taskService;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Council council;
    private String facilitator;
    private CouncilCycle cycle;

    @BeforeEach
    void startCycle() {
        council = councilScenario.parisCouncil(4, 2);
        facilitator = councilScenario.facilitatorOf(council);
        cycle = councilScenario.startCycle(council);
    }

    @Test
    void cycleStepsLogTheirAxisDayAndHoursInTheEnginesTransaction() {
        complete(TASK_RECORD_MOBILISATION, mobilisation(MARCH_LAST, true), new BigDecimal("2.5"));
        complete(TASK_RECORD_MOBILISATION, mobilisation(MARCH_LAST.plusDays(1), false), null);
        complete(TASK_PREPARE_MEETING, new MeetingPreparation(CouncilScenario.MEETING, "Ordre du jour", true,
                "Centre social", facilitator), new BigDecimal("1.75"));

        List<Map<String, Object>> rows = jdbc.queryForList("select kind, axis, performed_on, hours, facilitator_id,"
                + " council_id from council_activity where cycle_id = ? order by id", cycle.getId());
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("MOBILISATION_ACTION", "MOBILISATION_ACTION",
                "MEETING_PREPARATION");
        assertThat(rows).extracting(r -> r.get("axis")).containsExactly("MOBILISATION", "MOBILISATION", "PARTICIPATION");
        assertThat(rows).extracting(r -> r.get("hours") == null ? null
                : ((BigDecimal) r.get("hours")).stripTrailingZeros().toPlainString()).containsExactly("2.5", null, "1.75");
        assertThat(rows.get(0).get("performed_on").toString()).isEqualTo("2017-03-31");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("facilitator_id")).isEqualTo(facilitator);
            assertThat(r.get("council_id")).isEqualTo(council.getId());
        });
    }

    @Test
    void anActivityThatCannotBeSavedRollsBackTheStepAndLeavesTheTaskOpen() {
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_RECORD_MOBILISATION);
        // The database refuses more than 24 hours: the mobilisation written just before must go with it.
        assertThatThrownBy(() -> complete(TASK_RECORD_MOBILISATION, mobilisation(MARCH_LAST, false), new BigDecimal("30")))
                .isInstanceOf(RuntimeException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(count("council_mobilisation_action")).isZero();
        assertThat(count("council_activity")).isZero();
    }

    @Test
    void theSheetTotalsHoursAndActionsPerAxisWithinThePeriodBoundsIncluded() {
        complete(TASK_RECORD_MOBILISATION, mobilisation(LocalDate.of(2017, 3, 15), false), new BigDecimal("2.5"));
        other(MARCH_FIRST, ActivityAxis.COUNCIL_ACTIONS, "3", "Dossier de subvention avec le conseil");
        other(MARCH_LAST, ActivityAxis.PARTICIPATION, "0.25", "Point avec la présidente");
        other(MARCH_LAST, ActivityAxis.COUNCIL_ACTIONS, "1.5", "Réservation de salle");
        other(MARCH_FIRST.minusDays(1), ActivityAxis.PARTICIPATION, "5", "Hors période, avant");
        other(MARCH_LAST.plusDays(1), ActivityAxis.MOBILISATION, "4", "Hors période, après");

        ActivitySheet sheet = activities.sheet(facilitator, MARCH_FIRST, MARCH_LAST, facilitator, scopes.of(facilitator));

        assertThat(sheet.axes()).extracting(ActivitySheet.AxisTotal::axis).containsExactly(ActivityAxis.values());
        assertThat(sheet.axes()).extracting(t -> t.hours().stripTrailingZeros().toPlainString())
                .containsExactly("2.5", "0.25", "4.5");
        assertThat(sheet.axes()).extracting(ActivitySheet.AxisTotal::actions).containsExactly(1, 1, 2);
        assertThat(sheet.totalHours()).isEqualByComparingTo("7.25");
        assertThat(sheet.totalActions()).isEqualTo(4);
        assertThat(sheet.rows()).extracting(r -> r.activity().getPerformedOn())
                .containsExactly(MARCH_FIRST, LocalDate.of(2017, 3, 15), MARCH_LAST, MARCH_LAST);
        assertThat(sheet.rows()).extracting(ActivitySheet.Row::councilName).containsOnly(council.getName());
        assertThat(sheet.rows().get(1).cycleReference()).isEqualTo(cycle.reference());
    }

    @Test
    void aFacilitatorReadsOnlyTheirSheetAndACoordinatorTheirRegionsFacilitators() {
        other(MARCH_FIRST, ActivityAxis.MOBILISATION, "2", "Stand au marché");
        String colleague = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        String parisCoordinator = coordinator("11");
        String lilleCoordinator = coordinator("32");

        assertThatThrownBy(() -> activities.sheet(facilitator, MARCH_FIRST, MARCH_LAST, colleague, scopes.of(colleague)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(activities.facilitatorsFor(colleague, scopes.of(colleague))).containsOnlyKeys(colleague);
        assertThatThrownBy(() -> activities.sheet(facilitator, MARCH_FIRST, MARCH_LAST, lilleCoordinator,
                scopes.of(lilleCoordinator))).isInstanceOf(CaseNotFoundException.class);
        assertThat(activities.facilitatorsFor(lilleCoordinator, scopes.of(lilleCoordinator)))
                .doesNotContainKeys(facilitator, colleague);

        assertThat(activities.facilitatorsFor(parisCoordinator, scopes.of(parisCoordinator)))
                .containsKeys(facilitator, colleague);
        assertThat(activities.sheet(facilitator, MARCH_FIRST, MARCH_LAST, parisCoordinator, scopes.of(parisCoordinator))
                .totalActions()).isEqualTo(1);
    }

    @Test
    void anotherActivityIsRefusedForACouncilTheFacilitatorDoesNotFollow() {
        Council elsewhere = councilScenario.parisCouncil(1, 1);
        assertThatThrownBy(() -> activities.recordOther(new OtherActivity(elsewhere.getId(), MARCH_FIRST,
                ActivityAxis.MOBILISATION, BigDecimal.ONE, "Porte-à-porte"), facilitator, scopes.of(facilitator)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from council_activity where council_id = ?", Integer.class,
                elsewhere.getId())).isZero();
    }

    private void complete(String taskKey, Object submission, BigDecimal hours) {
        Task task = scenario.task(cycle.getProcessInstanceId(), taskKey);
        Map<String, Object> data = hours == null ? Map.of(VAR_SUBMISSION, submission)
                : Map.of(VAR_SUBMISSION, submission, VAR_HOURS_SPENT, hours);
        scenario.as(facilitator, () -> {
            taskCompleter.complete(task.getId(), taskKey, facilitator, data);
            return null;
        });
    }

    private MobilisationReport mobilisation(LocalDate heldOn, boolean more) {
        return new MobilisationReport(MobilisationKind.DOOR_TO_DOOR, heldOn, 20, 1, more, facilitator);
    }

    private void other(LocalDate on, ActivityAxis axis, String hours, String description) {
        activities.recordOther(new OtherActivity(council.getId(), on, axis, new BigDecimal(hours), description),
                facilitator, scopes.of(facilitator));
    }

    private String coordinator(String region) {
        String userId = "coord.test-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(userId, "Coordinatrice", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(userId, region));
        return userId;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where cycle_id = ?", Integer.class, cycle.getId());
    }
}
