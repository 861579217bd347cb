package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The collective services on PostgreSQL: what they write, what they refuse, what the collective page reads. */
@ParcoursIntegrationTest
class CollectiveServiceTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    CollectiveService collectives;
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

    @Test
    void openingWritesTheCollectiveAndItsAuditRecord() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();

        assertThat(jdbc.queryForMap("select region_code, planned_months, phase, created_by from collective_accompaniment"
                + " where id = ?", collective.getId())).containsEntry("region_code", "32").containsEntry("planned_months", 6)
                .containsEntry("phase", "CENSUS").containsEntry("created_by", COORDINATOR);
        assertThat(actions(collective)).containsExactly("collective-opened");
    }

    @Test
    void aCollectiveOutsideTheCoordinatorsRegionIsRefusedAndNothingIsWritten() {
        int before = jdbc.queryForObject("select count(*) from collective_accompaniment", Integer.class);

        assertThatThrownBy(() -> scenario.as(COORDINATOR, () -> collectives.open(new NewCollective("Ailleurs", "93", 6,
                LocalDate.now()), COORDINATOR, scopes.of(COORDINATOR)))).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> collectives.open(new NewCollective("Département", "32", 6, LocalDate.now()),
                DemoUsers.OFFICER_LILLE, scopes.of(DemoUsers.OFFICER_LILLE))).isInstanceOf(CaseNotFoundException.class);

        assertThat(jdbc.queryForObject("select count(*) from collective_accompaniment", Integer.class)).isEqualTo(before);
    }

    @Test
    void aCensusListingAStructureOfAnotherRegionRollsBackTheEngineStepToo() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        Organisation lille = collectiveScenario.structures(1).get(0);
        Organisation nice = scenario.newStructure("06", "93");

        assertThatThrownBy(() -> scenario.complete(scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS),
                COORDINATOR, VAR_SUBMISSION, CollectiveScenario.census(List.of(lille.getId(), nice.getId()), "Critères", COORDINATOR)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from collective_participation where collective_id = ?",
                Integer.class, collective.getId())).isZero();
        scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);
    }

    @Test
    void theOverviewCountsTheSessionsEachStructureAttendedAndShowsDropOuts() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 3);
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), COORDINATOR, VAR_SUBMISSION, new SessionReport(
                LocalDate.of(2017, 1, 17), SessionTheme.PROJECT_METHOD_EVALUATION, null, participations, true, COORDINATOR));
        scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), COORDINATOR, VAR_SUBMISSION, new SessionReport(
                LocalDate.of(2017, 2, 14), SessionTheme.FUNDING, null, participations.subList(0, 1), true, COORDINATOR));
        Task needs = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(TASK_RECORD_STRUCTURE_NEEDS)
                .orderByTaskId().asc().list().get(0);
        scenario.complete(needs, COORDINATOR, VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, "Agrément non renouvelé", COORDINATOR));

        CollectiveOverview overview = collectives.overview(collective.getId(), scopes.of(COORDINATOR));

        assertThat(overview.sessions()).hasSize(2);
        assertThat(overview.structures()).hasSize(3);
        assertThat(overview.participating()).isEqualTo(2);
        assertThat(overview.structures()).extracting(row -> row.participation().getId(), row -> row.sessionsAttended())
                .contains(Tuple.tuple(participations.get(0), 2L),
                        Tuple.tuple(participations.get(1), 1L),
                        Tuple.tuple(participations.get(2), 1L));
        assertThat(jdbc.queryForObject("select count(*) from collective_attendance a join collective_session s"
                + " on s.id = a.session_id where s.collective_id = ?", Integer.class, collective.getId())).isEqualTo(4);
        assertThat(actions(collective)).contains("census-recorded", "mobilisation-meeting-recorded",
                "collective-consultants-preselected", "collective-proposals-recorded", "collective-proposals-scored",
                "collective-consultant-chosen", "collective-session-recorded", "structure-dropped-out");
    }

    private List<String> actions(CollectiveAccompaniment collective) {
        return jdbc.queryForList("select action from audit_record where case_type = 'COLLECTIVE' and case_id = ?"
                + " order by id", String.class, collective.getId());
    }
}
