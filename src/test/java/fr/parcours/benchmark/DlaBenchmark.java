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
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 3's performance targets, measured on the embedded PostgreSQL (run: ./mvnw test -Pbenchmark):
 * complete accompaniments per second through the service layer against bare Camunda driving a process
 * with as many user tasks, and the server time of the task-list page with 10,000 open tasks.
 * Results are printed and written to target/benchmark/results.txt.
 */
@Tag("benchmark")
@ParcoursIntegrationTest
class DlaBenchmark {

    /** User tasks of one accompaniment with one ingénierie: 6 before it, 10 in it, 2 follow-ups. */
    static final int USER_TASKS_PER_ACCOMPANIMENT = 18;
    static final int ACCOMPANIMENTS = Integer.getInteger("benchmark.accompaniments", 40);
    static final int WARM_UP = 5;
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

    private final List<String> results = new ArrayList<>();

    @Test
    void accompanimentThroughputAgainstBareCamunda() throws IOException {
        deployBareProcess();
        runBare(WARM_UP);
        runParcours(WARM_UP);

        double bare = perSecond(ACCOMPANIMENTS, runBare(ACCOMPANIMENTS));
        double parcours = perSecond(ACCOMPANIMENTS, runParcours(ACCOMPANIMENTS));
        double ratio = parcours / bare;

        report("accompaniments: %d, %d user tasks each", ACCOMPANIMENTS, USER_TASKS_PER_ACCOMPANIMENT);
        report("bare Camunda: %.2f instances/s", bare);
        report("Parcours:     %.2f accompaniments/s", parcours);
        report("ratio: %.2f (target >= 0.70)", ratio);
        write("throughput");
        assertThat(ratio).as("Parcours throughput relative to bare Camunda").isGreaterThanOrEqualTo(0.7);
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

    private long runParcours(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Accompaniment accompaniment = journey.throughCommittee(1);
            journey.throughEngineering(accompaniment);
            journey.followUp(accompaniment, null);
            journey.followUp(accompaniment, null);
        }
        return System.nanoTime() - start;
    }

    private long runBare(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String pid = runtimeService.startProcessInstanceByKey("benchmark-bare").getId();
            for (int t = 0; t < USER_TASKS_PER_ACCOMPANIMENT; t++) {
                Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
                taskService.complete(task.getId());
            }
        }
        return System.nanoTime() - start;
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
