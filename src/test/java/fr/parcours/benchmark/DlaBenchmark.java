package fr.parcours.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.BenchmarkTest;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Logins;
import fr.parcours.support.Scenario;
import fr.parcours.support.SentStatements;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 3's performance targets, measured on the embedded PostgreSQL (run: ./mvnw test -Pbenchmark):
 * complete accompaniments per second through the service layer against bare Camunda driving a process
 * with as many user tasks, one at a time and on {@link #THREADS} threads (both sides alike), and the server time of
 * the task-list page with 10,000 open tasks.
 * Results are printed and written to target/benchmark/results.txt.
 */
@Tag("benchmark")
@BenchmarkTest
@Import(DlaModelOnBareCamunda.class)
class DlaBenchmark {

    /** User tasks of one accompaniment with one ingénierie: 6 before it, 10 in it, 2 follow-ups. */
    static final int USER_TASKS_PER_ACCOMPANIMENT = 18;
    static final int ACCOMPANIMENTS = Integer.getInteger("benchmark.accompaniments", 48);
    static final int WARM_UP = 5;
    /** Threads of the concurrent variant, on both sides. */
    static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    static final int ROUNDS = 3;
    static final int OPEN_TASKS = Integer.getInteger("benchmark.open-tasks", 10_000);
    static final int PAGE_REQUESTS = 30;

    @Autowired
    DlaJourney journey;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentService accompaniments;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scopes scopes;
    @Autowired
    Logins logins;
    @Autowired
    MockMvc mvc;
    @Autowired
    DlaModelOnBareCamunda dlaModel;

    private final List<String> results = new ArrayList<>();

    @Test
    void accompanimentThroughputAgainstBareCamunda() throws Exception {
        deployBareProcess();
        dlaModel.deploy();
        run(WARM_UP, 1, this::bareInstance);
        run(WARM_UP, 1, dlaModel::instance);
        run(WARM_UP, 1, dlaModel::leanInstance);
        run(WARM_UP, 1, this::parcoursAccompaniment);
        run(WARM_UP, THREADS, this::parcoursAccompaniment);

        report("statements (round trips) per instance: bare %s, DLA model %s, lean model %s, Parcours %s",
                sent(this::bareInstance), sent(dlaModel::instance), sent(dlaModel::leanInstance),
                sent(this::parcoursAccompaniment));

        // Rounds alternate both sides, so that a change in the machine's load weighs on both alike.
        long bareNanos = 0;
        long parcoursNanos = 0;
        long bareConcurrentNanos = 0;
        long parcoursConcurrentNanos = 0;
        long modelNanos = 0;
        long modelConcurrentNanos = 0;
        long leanNanos = 0;
        long leanConcurrentNanos = 0;
        int perRound = ACCOMPANIMENTS / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            bareNanos += run(perRound, 1, this::bareInstance);
            modelNanos += run(perRound, 1, dlaModel::instance);
            leanNanos += run(perRound, 1, dlaModel::leanInstance);
            parcoursNanos += run(perRound, 1, this::parcoursAccompaniment);
            bareConcurrentNanos += run(perRound, THREADS, this::bareInstance);
            modelConcurrentNanos += run(perRound, THREADS, dlaModel::instance);
            leanConcurrentNanos += run(perRound, THREADS, dlaModel::leanInstance);
            parcoursConcurrentNanos += run(perRound, THREADS, this::parcoursAccompaniment);
        }
        int measured = perRound * ROUNDS;
        double bare = perSecond(measured, bareNanos);
        double parcours = perSecond(measured, parcoursNanos);
        double bareConcurrent = perSecond(measured, bareConcurrentNanos);
        double parcoursConcurrent = perSecond(measured, parcoursConcurrentNanos);
        double model = perSecond(measured, modelNanos);
        double modelConcurrent = perSecond(measured, modelConcurrentNanos);
        double lean = perSecond(measured, leanNanos);
        double leanConcurrent = perSecond(measured, leanConcurrentNanos);

        report("accompaniments: %d per side and mode, %d user tasks each, %d rounds", measured,
                USER_TASKS_PER_ACCOMPANIMENT, ROUNDS);
        report("load average at the end: %s", loadAverage());
        report("sequential:    bare Camunda %.2f instances/s, Parcours %.2f accompaniments/s, ratio %.2f (target >= 0.70)",
                bare, parcours, parcours / bare);
        report("%d threads:     bare Camunda %.2f instances/s, Parcours %.2f accompaniments/s, ratio %.2f (target >= 0.70)",
                THREADS, bareConcurrent, parcoursConcurrent, parcoursConcurrent / bareConcurrent);
        report("the DLA model alone on bare Camunda (%s): sequential %.2f instances/s (%.2f of bare, Parcours %.2f of it),"
                + " %d threads %.2f instances/s (%.2f of bare, Parcours %.2f of it)", DlaModelOnBareCamunda.KEY, model,
                model / bare, parcours / model, THREADS, modelConcurrent, modelConcurrent / bareConcurrent,
                parcoursConcurrent / modelConcurrent);
        report("the same model without the service tasks that record forms (%s): sequential %.2f instances/s"
                + " (%.2f of bare), %d threads %.2f instances/s (%.2f of bare)", DlaModelOnBareCamunda.LEAN_KEY, lean,
                lean / bare, THREADS, leanConcurrent, leanConcurrent / bareConcurrent);
        write("throughput");
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(parcours / bare).as("sequential Parcours throughput relative to bare Camunda")
                    .isGreaterThanOrEqualTo(0.7);
            softly.assertThat(parcoursConcurrent / bareConcurrent)
                    .as("Parcours throughput relative to bare Camunda, %d threads", THREADS)
                    .isGreaterThanOrEqualTo(0.7);
        });
    }

    @Test
    void taskListPageWithTenThousandOpenTasks() throws Exception {
        String officer = "bench.officer." + System.nanoTime();
        accounts.createIfMissing(officer, "Bench", "Officer", "Liste-des-taches-10000", List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "94", "2A"));
        Organisation structure = scenario.newStructure("2A", "94");
        UserScope scope = scopes.of(officer);
        for (int i = 0; i < OPEN_TASKS; i++) {
            scenario.as(officer, () -> accompaniments.open(structure.getId(), "Besoin " + System.nanoTime(), officer, scope));
        }

        long[] first = time(officer, "/", PAGE_REQUESTS);
        long[] deep = time(officer, "/?page=" + (OPEN_TASKS / 25 / 2), PAGE_REQUESTS);

        report("open tasks of the officer's group: %d", OPEN_TASKS);
        report("task list, first page: median %.1f ms, p95 %.1f ms (target < 100 ms)", ms(first[first.length / 2]),
                ms(first[(int) (first.length * 0.95)]));
        report("task list, middle page: median %.1f ms, p95 %.1f ms", ms(deep[deep.length / 2]),
                ms(deep[(int) (deep.length * 0.95)]));
        write("task-list");
        assertThat(ms(first[first.length / 2])).as("median server time of the task list").isLessThan(100);
    }

    private void parcoursAccompaniment() {
        Accompaniment accompaniment = journey.throughCommittee(1);
        journey.throughEngineering(accompaniment);
        journey.followUp(accompaniment, null);
        journey.followUp(accompaniment, null);
    }

    private void bareInstance() {
        String pid = runtimeService.startProcessInstanceByKey("benchmark-bare").getId();
        for (int t = 0; t < USER_TASKS_PER_ACCOMPANIMENT; t++) {
            Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
            taskService.complete(task.getId());
        }
    }

    /** Nanoseconds to run {@code count} times {@code one} on {@code threads} threads. */
    private static long run(int count, int threads, Runnable one) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(one));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    /** Statements and round trips that one run of {@code one} sends to PostgreSQL from this thread. */
    private static String sent(Runnable one) {
        try (SentStatements sent = SentStatements.count()) {
            one.run();
            return sent.sent() + " (" + sent.roundTrips() + ")";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void deployBareProcess() {
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess("benchmark-bare")
                .camundaHistoryTimeToLive(1).startEvent();
        for (int t = 1; t <= USER_TASKS_PER_ACCOMPANIMENT; t++) {
            builder = builder.userTask("Task_" + t).camundaCandidateGroups("benchmark");
        }
        BpmnModelInstance model = builder.endEvent().done();
        repositoryService.createDeployment().enableDuplicateFiltering(true)
                .addModelInstance("benchmark-bare.bpmn", model).deploy();
    }

    private long[] time(String user, String path, int requests) throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk());
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk());
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times;
    }

    private static double perSecond(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + line);
        results.add(line);
    }

    private void write(String name) throws IOException {
        Path dir = Path.of("target/benchmark");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".txt"), results);
    }
}
