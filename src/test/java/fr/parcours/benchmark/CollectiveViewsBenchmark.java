package fr.parcours.benchmark;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.StepNote;
import fr.parcours.collective.dashboard.CollectiveDashboards;
import fr.parcours.collective.dashboard.DashboardQueries;
import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.region.RegionalExamples;
import fr.parcours.collective.region.RegionalQueries;
import fr.parcours.collective.region.RegionalViews;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 4's performance targets, measured on the embedded PostgreSQL (run: ./mvnw test -Pbenchmark): the server time
 * of a collective's dashboard with 50 structures and of the regional view over 200 collectives, each page and its
 * CSV through the whole web layer (security, controller, Thymeleaf view), and the service and query methods behind
 * them. Median and p95 are printed as a table and written to target/benchmark/collective-views.txt.
 */
@Tag("benchmark")
@ParcoursIntegrationTest
class CollectiveViewsBenchmark {

    static final int STRUCTURES = Integer.getInteger("benchmark.structures", 50);
    static final int COLLECTIVES = Integer.getInteger("benchmark.collectives", 200);
    static final int STRUCTURES_PER_COLLECTIVE = 6;
    static final int SESSIONS = 8;
    static final int WARM_UP = 20;
    static final int REQUESTS = 60;
    static final double TARGET_MS = 200;
    /** A region no demo data and no other test uses. */
    static final String REGION = "B9";

    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    RegionalExamples examples;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService taskService;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CollectiveDashboards dashboards;
    @Autowired
    DashboardQueries dashboardQueries;
    @Autowired
    RegionalViews regionalViews;
    @Autowired
    RegionalQueries regionalQueries;
    @Autowired
    Scopes scopes;
    @Autowired
    Logins logins;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Clock clock;

    private final List<String> results = new ArrayList<>();
    private MockMvc mvc;

    /**
     * The shared MockMvc with the same filters (security, engine authentication, session) but without the result
     * printing Spring Boot adds to every request (it formats the whole model and body, which is not server time).
     */
    @BeforeEach
    void quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
        filters.setAddFilters(true);
        filters.setPrint(MockMvcPrint.NONE);
        filters.customize(builder);
        mvc = builder.build();
    }

    @Test
    void dashboardOfFiftyStructuresAndRegionalViewOfTwoHundredCollectives() throws Exception {
        long seeding = System.nanoTime();
        RegionalExamples.Opened big = bigCollective();
        for (int i = 0; i < COLLECTIVES; i++) {
            smallCollective(i);
        }
        double seeded = (System.nanoTime() - seeding) / 1e9;
        String coordinator = big.coordinator();
        UserScope scope = scopes.of(coordinator);
        long id = big.collective().getId();
        RequestPostProcessor login = logins.as(coordinator);
        assertThat(dashboards.of(id, scope).rows()).hasSize(STRUCTURES);
        assertThat(regionalViews.of(scope, null).rows()).hasSize(COLLECTIVES + 1);

        report("seeded in %.0f s: 1 collective of %d structures (%d sessions, tracks, deliverables, drop-outs,"
                + " overdue tasks) and %d collectives of %d structures in region %s", seeded, STRUCTURES, SESSIONS,
                COLLECTIVES, STRUCTURES_PER_COLLECTIVE, REGION);
        report("%-44s %10s %10s %10s", "measure (" + REQUESTS + " runs after " + WARM_UP + " warm-up)", "median ms",
                "p95 ms", "max ms");
        List<double[]> web = List.of(
                measure("dashboard page  GET /collective/{id}/dashboard", () -> page("/collective/" + id
                        + "/dashboard", login)),
                measure("dashboard CSV   GET …/dashboard.csv", () -> page("/collective/" + id + "/dashboard.csv",
                        login)),
                measure("regional page   GET /collective/region", () -> page("/collective/region", login)),
                measure("regional CSV    GET /collective/region.csv", () -> page("/collective/region.csv", login)));
        measure("CollectiveDashboards.of (scope, SQL, engine)", () -> dashboards.of(id, scope));
        measure("DashboardQueries.figures (one SQL statement)", () -> dashboardQueries.figures(id));
        measure("RegionalViews.of (scope, SQL)", () -> regionalViews.of(scope, null));
        measure("RegionalQueries.figures (one SQL statement)", () -> regionalQueries.figures(REGION));
        write();

        assertThat(web).allSatisfy(timing -> assertThat(timing[0]).as("median server time, ms").isLessThan(TARGET_MS));
    }

    /** 50 structures through the real process: needs, sessions with attendance, deliverables, drop-outs, delays. */
    private RegionalExamples.Opened bigCollective() {
        RegionalExamples.Opened opened = examples.open(REGION, "DLA collectif médiation sociale (banc d'essai)",
                LocalDate.now(clock).minusMonths(3), STRUCTURES);
        String coordinator = opened.coordinator();
        String pid = opened.collective().getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_WRITE_SPECIFICATIONS), coordinator, VAR_SUBMISSION,
                new StepNote("Actions concrètes et pistes de financement", coordinator));
        collectiveScenario.selectConsultant(opened.collective(), coordinator);
        List<Long> ids = opened.participations();
        Map<Long, Task> needs = trackTasks(pid, TASK_RECORD_STRUCTURE_NEEDS);
        List<Long> present = new ArrayList<>();
        List<Long> working = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long participation = ids.get(i);
            if (i % 16 == 15) {
                scenario.complete(needs.get(participation), coordinator, VAR_SUBMISSION, new TrackReport(null,
                        TrackOutcome.DROPPED_OUT, "Fusion avec une autre association", coordinator));
                continue;
            }
            present.add(participation);
            if (i % 10 == 9) {
                overdue(needs.get(participation));
            } else {
                scenario.complete(needs.get(participation), coordinator, VAR_SUBMISSION, new TrackReport(
                        "Pérenniser les postes d'adultes-relais", TrackOutcome.CONTINUING, null, coordinator));
                working.add(participation);
            }
        }
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            scenario.complete(scenario.task(pid, TASK_HOLD_SESSION), coordinator, VAR_SUBMISSION, new SessionReport(
                    LocalDate.now(clock).minusWeeks(SESSIONS - s), SessionTheme.values()[s % SessionTheme.values().length],
                    "Séance " + (s + 1), present.stream().filter(p -> (p + session) % 4 != 0).toList(), true,
                    coordinator));
        }
        Map<Long, Task> work = trackTasks(pid, TASK_RECORD_STRUCTURE_WORK);
        for (int i = 0; i < working.size(); i++) {
            Long participation = working.get(i);
            if (i % 3 != 2) {
                examples.deliver(opened, participation, deliverables(i));
            }
            if (i % 6 == 0) {
                scenario.complete(work.get(participation), coordinator, VAR_SUBMISSION, new TrackReport(
                        "Livrables remis", TrackOutcome.DELIVERED, null, coordinator));
            } else if (i % 7 == 3) {
                overdue(work.get(participation));
            }
        }
        return opened;
    }

    /** A collective of 6 structures: two sessions, deliverables for half of them, a drop-out in one of four. */
    private void smallCollective(int n) {
        RegionalExamples.Opened opened = examples.open(REGION, "Collectif médiation " + (n + 1),
                LocalDate.now(clock).minusMonths(n % 10), STRUCTURES_PER_COLLECTIVE);
        List<Long> ids = opened.participations();
        if (n % 4 == 0) {
            examples.dropOut(opened, ids.get(ids.size() - 1));
        }
        examples.session(opened, ids.subList(0, 4));
        examples.session(opened, ids.subList(1, 5));
        for (int i = 0; i < STRUCTURES_PER_COLLECTIVE / 2; i++) {
            examples.deliver(opened, ids.get(i), deliverables(n + i));
        }
    }

    /** Realistic deliverables: an action plan, two or three funding leads, an evaluation complete two times in three. */
    private Deliverables deliverables(int i) {
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        for (CiterRegister register : CiterRegister.values()) {
            evaluation.put(register, new Deliverables.Evaluation("Réalisations " + register, "Résultats",
                    i % 3 == 1 ? null : "Impacts"));
        }
        List<Deliverables.FundingLead> leads = new ArrayList<>(List.of(
                new Deliverables.FundingLead("Région", new BigDecimal(20_000 + 500 * i), FundingStatus.OBTAINED,
                        new BigDecimal(15_000)),
                new Deliverables.FundingLead("Fondation de France", new BigDecimal(8_000), FundingStatus.APPLIED, null)));
        if (i % 2 == 0) {
            leads.add(new Deliverables.FundingLead("État (FONJEP)", new BigDecimal(7_000), FundingStatus.LEAD, null));
        }
        return new Deliverables("Pérenniser deux postes d'adultes-relais", LocalDate.now(clock).minusDays(10),
                2 + i % 3, i % 2, leads, evaluation);
    }

    private Map<Long, Task> trackTasks(String pid, String taskDefinitionKey) {
        Map<Long, Task> byParticipation = new HashMap<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskDefinitionKey).list()) {
            byParticipation.put((Long) taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID), task);
        }
        return byParticipation;
    }

    private void overdue(Task task) {
        task.setDueDate(Date.from(Instant.now(clock).minusSeconds(3 * 86_400)));
        taskService.saveTask(task);
    }

    private void page(String path, RequestPostProcessor login) throws Exception {
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
    }

    /** Runs the action after a warm-up; reports and returns {median, p95} in ms. */
    private double[] measure(String name, Action action) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            action.run();
        }
        long[] times = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double median = times[REQUESTS / 2] / 1e6;
        double p95 = times[(int) Math.ceil(REQUESTS * 0.95) - 1] / 1e6;
        report("%-44s %10.1f %10.1f %10.1f", name, median, p95, times[REQUESTS - 1] / 1e6);
        return new double[] {median, p95};
    }

    private interface Action {
        void run() throws Exception;
    }

    private void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + line);
        results.add(line);
    }

    private void write() throws IOException {
        Path dir = Path.of("target/benchmark");
        Files.createDirectories(dir);
        Files.write(dir.resolve("collective-views.txt"), results);
    }
}
