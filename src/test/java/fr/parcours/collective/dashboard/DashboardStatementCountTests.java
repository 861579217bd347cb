package fr.parcours.collective.dashboard;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.casework.StepNames;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.CountingProxies;
import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.collective.tracks.TrackSteps;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.support.SentStatements;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No N+1 on the dashboard: the same number of SQL statements and engine queries for 6 structures as for 30, for
 * the dashboard built from the real beans (its JDBC and engine access wrapped in counting proxies), and the same
 * number of statements sent to PostgreSQL for the whole page and CSV requests (security, controller, view).
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
    EngineRights engineRights;
    @Autowired
    Scopes scopes;
    @Autowired
    Clock clock;
    @Autowired
    StepNames stepNames;
    @Autowired
    Scenario scenario;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger engineQueries = new AtomicInteger();

    @Test
    void theDashboardIssuesAsManyQueriesForThirtyStructuresAsForSix() {
        CollectiveDashboards counted = new CollectiveDashboards(collectives,
                new DashboardQueries(new JdbcTemplate(CountingProxies.countingStatements(dataSource, statements))),
                new TrackSteps(CountingProxies.countingQueries(TaskService.class, taskService, engineQueries),
                        CountingProxies.countingQueries(RuntimeService.class, runtimeService, engineQueries),
                        engineRights), clock, stepNames);

        int[] six = countFor(counted, 6);
        int[] thirty = countFor(counted, 30);

        assertThat(six).containsExactly(1, 3);
        assertThat(thirty).isEqualTo(six);
    }

    @Test
    void theWholePageAndItsCsvSendAsManyStatementsForFifteenStructuresAsForThree() throws Exception {
        int[] three = requestsFor(3);
        int[] fifteen = requestsFor(15);

        assertThat(fifteen).isEqualTo(three);
        assertThat(three[0]).as("statements of the dashboard page").isBetween(1, 30);
        assertThat(three[1]).as("statements of the dashboard CSV").isBetween(1, 30);
    }

    /** Statements sent for the page and for the CSV of a collective of {@code structures}, one of them dropped out. */
    private int[] requestsFor(int structures) throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> ids = collectiveScenario.toFirstSession(collective, structures);
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), CollectiveScenario.COORDINATOR, VAR_SUBMISSION,
                new SessionReport(LocalDate.now(clock), SessionTheme.FUNDING, null, ids, true,
                        CollectiveScenario.COORDINATOR));
        for (Long participation : ids.subList(1, ids.size())) {
            deliverables.record(participation, DeliverablesExamples.full(2, 1, List.of(
                    DeliverablesExamples.lead("Région", "1000", FundingStatus.LEAD, null))),
                    CollectiveScenario.COORDINATOR);
        }
        Task needsOfFirst = taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(TASK_RECORD_STRUCTURE_NEEDS).list().stream()
                .filter(task -> ids.get(0).equals(taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
        scenario.complete(needsOfFirst, CollectiveScenario.COORDINATOR, VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, "Fusion", CollectiveScenario.COORDINATOR));
        RequestPostProcessor coordinator = logins.as(CollectiveScenario.COORDINATOR);
        String page = "/collective/" + collective.getId() + "/dashboard";
        mvc.perform(get(page).with(coordinator)).andExpect(status().isOk());

        int pageStatements;
        int csvStatements;
        String html;
        String csv;
        try (SentStatements sent = SentStatements.count()) {
            html = mvc.perform(get(page).with(coordinator)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            pageStatements = sent.sent();
            csv = mvc.perform(get(page + ".csv").with(coordinator)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            csvStatements = sent.sent() - pageStatements;
        }
        assertThat(html.split("data-participation=", -1)).hasSize(structures + 1);
        assertThat(csv.lines()).hasSize(structures + 2);
        return new int[] {pageStatements, csvStatements};
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
