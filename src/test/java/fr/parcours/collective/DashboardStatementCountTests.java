package fr.parcours.collective;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No N+1 on the dashboard: the same number of SQL statements and engine queries for 6 structures as for 30.
 * The dashboard is built from the real beans, its JDBC and engine access wrapped in counting proxies.
 */
@ParcoursIntegrationTest
class DashboardStatementCountTests {

    @Autowired
    CollectiveService collectives;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    DeliverablesService deliverables;
    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Scopes scopes;
    @Autowired
    Clock clock;

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger engineQueries = new AtomicInteger();

    @Test
    void theDashboardIssuesAsManyQueriesForThirtyStructuresAsForSix() {
        CollectiveDashboards counted = new CollectiveDashboards(collectives,
                new DashboardQueries(new JdbcTemplate(CountingProxies.countingStatements(dataSource, statements))),
                new TrackSteps(CountingProxies.countingQueries(TaskService.class, taskService, engineQueries),
                        CountingProxies.countingQueries(RuntimeService.class, runtimeService, engineQueries)), clock);

        int[] six = countFor(counted, 6);
        int[] thirty = countFor(counted, 30);

        assertThat(six).containsExactly(1, 3);
        assertThat(thirty).isEqualTo(six);
    }

    private int[] countFor(CollectiveDashboards counted, int structures) {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        for (Long participation : collectiveScenario.toFirstSession(collective, structures)) {
            deliverables.record(participation, DeliverablesExamples.full(2, 1, List.of(
                    DeliverablesExamples.lead("Région", "1000", FundingStatus.LEAD, null))),
                    CollectiveScenario.COORDINATOR);
        }
        statements.set(0);
        engineQueries.set(0);
        CollectiveDashboard dashboard = counted.of(collective.getId(), scopes.of(CollectiveScenario.COORDINATOR));
        assertThat(dashboard.rows()).hasSize(structures).allSatisfy(row -> assertThat(row.step()).isNotNull());
        assertThat(dashboard.fundingLeads()).isEqualTo(structures);
        return new int[] {statements.get(), engineQueries.get()};
    }
}
