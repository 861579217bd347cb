package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.Browser;
import fr.parcours.support.Scenario;
import fr.parcours.system.Cluster.Node;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two app nodes (separate JVMs running the packaged jar, production profile) on one PostgreSQL: they start together
 * on an empty database, share sessions, tasks, timers and the audit chain, and survive a node killed with kill -9
 * and a database stopped for half a minute. Run by {@code ./mvnw verify -Pcluster}; see docs/operations.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesClusterIT {

    private static final String OFFICER_PASSWORD = "Passerelle-Azur-2026";
    private static final Pattern TASK_ROW = Pattern.compile("<tr[^>]*data-task-id=\"([^\"]+)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("DLA-\\d{4}-\\d{6}");

    private Cluster cluster;
    private Node one;
    private Node two;
    private final String today = LocalDate.now().toString();

    @BeforeAll
    void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        cluster = new Cluster(Path.of("target", "cluster", String.valueOf(System.currentTimeMillis())));
        cluster.startDatabase();
        one = cluster.node("one").start();
        two = cluster.node("two").start();
        one.awaitReady();
        two.awaitReady();
        createOfficer("olivia.grappe");
        createOfficer("oscar.grappe");
    }

    @AfterAll
    void stopCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void startupSetupRanOnceAlthoughBothNodesStartedTogether() throws Exception {
        assertThat(count("select count(*) from act_id_user where id_ = ?", Cluster.ADMIN)).isEqualTo(1);
        assertThat(count("select count(*) from act_id_membership where user_id_ = ? and group_id_ = 'admins'",
                Cluster.ADMIN)).isEqualTo(1);
        assertThat(count("""
                select count(*) from (select 1 from act_ru_authorization
                 where group_id_ is not null and resource_id_ is not null
                 group by group_id_, resource_type_, resource_id_ having count(*) > 1) twice""")).isZero();
        assertThat(count("select count(*) from act_ru_authorization where group_id_ = 'admins'")).isPositive();
        assertThat(count("select count(*) from (select key_ from act_re_procdef group by key_ having count(*) > 1) twice"))
                .as("each process deployed once").isZero();
        assertThat(count("select count(*) from act_re_procdef where key_ = 'dla-individual'")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneNodeWorksOnTheOther() {
        Browser onOne = loggedIn(one, "olivia.grappe");
        Browser onTwo = onOne.at(two.port);

        HttpResponse<String> home = onTwo.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("the task list, not the login page").contains("/logout");
    }

    @Test
    @Order(3)
    void aTaskListedOnOneNodeAndCompletedOnTheOtherHasOneOutcome() throws Exception {
        Browser onOne = loggedIn(one, "olivia.grappe");
        String reference = newAccompaniment(onOne);
        String taskId = taskOf(onOne, reference);

        Browser onTwo = onOne.at(two.port);
        String form = formOf(onTwo, taskId, "intake-review");
        HttpResponse<String> done = onTwo.submit(form, form, Map.of("outcome", "ACCEPTED_FOR_DIAGNOSTIC"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(onTwo.get("/").body()).contains("alert alert-success");
        long caseId = caseId(reference);
        assertThat(count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? and action like 'intake-%'", caseId))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from act_ru_task t join accompaniment a on a.process_instance_id = t.proc_inst_id_
                 where a.id = ?""", caseId)).as("one next task").isEqualTo(1);
    }

    @Test
    @Order(4)
    void theSameTaskCompletedOnBothNodesAtOnceHasOneEffectAndTheOtherPersonIsTold() throws Exception {
        Browser olivia = loggedIn(one, "olivia.grappe");
        String reference = newAccompaniment(olivia);
        String intake = formOf(olivia, taskOf(olivia, reference), "intake-review");
        expectStatus(olivia.submit(intake, intake, Map.of("outcome", "ACCEPTED_FOR_DIAGNOSTIC")), 302);
        String interview = taskOf(olivia, reference);
        Browser oscar = loggedIn(two, "oscar.grappe");
        String oliviaForm = formOf(olivia, interview, "interview");
        String oscarForm = formOf(oscar, interview, "interview");
        Map<String, String> fields = Map.of("heldOn", today, "participants", "Présidente, directeur",
                "notes", "Entretien avec les dirigeants", "moreInterviews", "false");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<HttpResponse<String>> byOlivia = threads.submit(atOnce(go, () -> olivia.submit(oliviaForm, oliviaForm, fields)));
        Future<HttpResponse<String>> byOscar = threads.submit(atOnce(go, () -> oscar.submit(oscarForm, oscarForm, fields)));
        go.countDown();
        HttpResponse<String> oliviaAnswer = byOlivia.get();
        HttpResponse<String> oscarAnswer = byOscar.get();
        threads.shutdown();

        assertThat(List.of(oliviaAnswer.statusCode(), oscarAnswer.statusCode())).containsOnly(302);
        String oliviaHome = olivia.get("/").body();
        String oscarHome = oscar.get("/").body();
        assertThat(List.of(oliviaHome.contains("alert alert-success"), oscarHome.contains("alert alert-success")))
                .as("one of them completed it").containsExactlyInAnyOrder(true, false);
        String toldHome = oliviaHome.contains("alert alert-success") ? oscarHome : oliviaHome;
        assertThat(toldHome).contains("plus ouverte");
        long caseId = caseId(reference);
        assertThat(count("select count(*) from diagnostic_interview where accompaniment_id = ?", caseId)).isEqualTo(1);
        assertThat(count("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "and action = 'interview-recorded'", caseId)).isEqualTo(1);
        assertThat(count("""
                select count(*) from act_ru_task t join accompaniment a on a.process_instance_id = t.proc_inst_id_
                 where a.id = ?""", caseId)).as("one next task").isEqualTo(1);
    }

    @Test
    @Order(5)
    void aTimerDueWhileBothNodesRunFiresOnce() throws Exception {
        deployTimerProcess();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            instances.add(startTimer(i % 2 == 0 ? one : two, "PT2S"));
        }

        awaitUntil(() -> count("select count(*) from act_ru_task where task_def_key_ = 'Task_AfterTimer' "
                + "and proc_inst_id_ = any (?)", (Object) instances.toArray(String[]::new)) == instances.size(), 90);

        for (String instance : instances) {
            assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = ?", instance)).isEqualTo(1);
            assertThat(count("select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ = 2",
                    instance)).as("one successful run of the timer").isEqualTo(1);
            assertThat(count("select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ = 1",
                    instance)).as("no failed run").isZero();
        }
    }

    @Test
    @Order(6)
    void theAuditChainVerifiesAfterConcurrentWritesFromBothNodes() throws Exception {
        Browser olivia = loggedIn(one, "olivia.grappe");
        Browser oscar = loggedIn(two, "oscar.grappe");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(threads.submit(atOnce(go, () -> newAccompaniment(olivia))));
            cases.add(threads.submit(atOnce(go, () -> newAccompaniment(oscar))));
        }
        go.countDown();
        for (Future<String> created : cases) {
            assertThat(created.get()).matches(REFERENCE);
        }
        threads.shutdown();

        Browser admin = new Browser(two.port);
        expectStatus(admin.login(Cluster.ADMIN, Cluster.ADMIN_PASSWORD), 302);
        assertThat(admin.get("/audit/verification?run=true").body()).contains("chain-intact");
    }

    @Test
    @Order(7)
    void aJobOfANodeKilledWhileRunningItIsRunOnceByTheOtherAfterItsLockExpires() throws Exception {
        String instance = startTimer(one, "PT2S");
        Node victim;
        try (Connection holder = cluster.owner()) {
            // The timer's run blocks on this lock when it moves the process on: the node is then killed mid-job.
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeQuery("select id_ from act_ru_execution where proc_inst_id_ = '" + instance
                        + "' for update").close();
            }
            victim = awaitBlockedNode();
            victim.kill();
            holder.rollback();
        }
        Node survivor = victim == one ? two : one;

        awaitUntil(() -> count("select count(*) from act_ru_task where proc_inst_id_ = ?", instance) == 1,
                Cluster.JOB_LOCK_MILLIS / 1000 + 60);

        assertThat(count("select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ = 2",
                instance)).as("one successful run").isEqualTo(1);
        assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = ?", instance)).isEqualTo(1);
        assertThat(survivor.isAlive()).isTrue();
        victim.start().awaitReady();
    }

    @Test
    @Order(8)
    void aFormPostOfAKilledNodeHappenedNotAtAllAndItsUserGoesOnWithTheOtherNode() throws Exception {
        Browser olivia = loggedIn(one, "olivia.grappe");
        String reference = newAccompaniment(olivia);
        long caseId = caseId(reference);
        String taskId = taskOf(olivia, reference);
        String form = formOf(olivia, taskId, "intake-review");
        CompletableFuture<HttpResponse<String>> post;
        try (Connection holder = cluster.owner()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeQuery("select id_ from act_ru_task where id_ = '" + taskId + "' for update").close();
            }
            post = CompletableFuture.supplyAsync(() -> olivia.submit(form, form,
                    Map.of("outcome", "ACCEPTED_FOR_DIAGNOSTIC")));
            assertThat(awaitBlockedNode()).isSameAs(one);
            one.kill();
            holder.rollback();
        }
        assertThat(post).failsWithin(Duration.ofSeconds(30));

        assertThat(count("select count(*) from act_ru_task where id_ = ? and assignee_ is null", taskId))
                .as("the task still open, unclaimed").isEqualTo(1);
        assertThat(count("select count(*) from accompaniment where id = ? and intake_decision is null", caseId))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "and action like 'intake-%'", caseId)).isZero();

        Browser onTwo = olivia.at(two.port);
        assertThat(onTwo.get("/").body()).as("still logged in").contains("/logout");
        String again = formOf(onTwo, taskId, "intake-review");
        expectStatus(onTwo.submit(again, again, Map.of("outcome", "ACCEPTED_FOR_DIAGNOSTIC")), 302);
        assertThat(count("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "and action like 'intake-%'", caseId)).isEqualTo(1);
    }

    @Test
    @Order(9)
    void withoutItsDatabaseANodeAnswers503AndRecoversByItselfWhenItComesBack() throws Exception {
        Browser oscar = loggedIn(two, "oscar.grappe");
        long stoppedAt = System.nanoTime();
        cluster.stopDatabase();

        HttpResponse<String> page = oscar.get("/");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("momentanément indisponible");
        assertThat(two.status("/actuator/health")).isEqualTo(503);
        assertThat(two.status("/actuator/health/readiness")).isEqualTo(503);
        assertThat(two.status("/actuator/health/liveness")).isEqualTo(200);

        Thread.sleep(Math.max(0, 30_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
        cluster.startDatabase();

        awaitUntil(() -> two.status("/actuator/health/readiness") == 200, 90);
        HttpResponse<String> back = oscar.get("/");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).as("the same session, no new login").contains("/logout");
        assertThat(two.status("/actuator/health")).isEqualTo(200);
    }

    private static <T> Callable<T> atOnce(CountDownLatch go, Callable<T> action) {
        return () -> {
            go.await();
            return action.call();
        };
    }

    /** The node whose connection waits for a lock the test holds: the one running the blocked work. */
    private Node awaitBlockedNode() throws Exception {
        String[] name = new String[1];
        awaitUntil(() -> {
            try (Connection connection = cluster.owner(); Statement statement = connection.createStatement();
                 ResultSet waiting = statement.executeQuery("select application_name from pg_stat_activity "
                         + "where wait_event_type = 'Lock' and application_name like 'parcours-%'")) {
                name[0] = waiting.next() ? waiting.getString(1) : null;
                return name[0] != null;
            }
        }, 60);
        return name[0].equals(one.applicationName()) ? one : two;
    }

    private void deployTimerProcess() throws Exception {
        String boundary = "----cluster" + System.nanoTime();
        String bpmn = Files.readString(Path.of("src/test/resources/cluster/cluster-timer.bpmn"), StandardCharsets.UTF_8);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncluster-timer\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"cluster-timer.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        String token = Base64.getEncoder().encodeToString((Cluster.ADMIN + ":" + Cluster.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + one.port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        expectStatus(response, 200);
    }

    /** Starts the test process whose timer waits {@code delay}; returns its instance id. */
    private static String startTimer(Node node, String delay) {
        HttpResponse<String> response = new Browser(node.port).postJsonWithBasic(
                "/engine-rest/process-definition/key/cluster-timer/start",
                "{\"variables\": {\"delay\": {\"value\": \"" + delay + "\", \"type\": \"String\"}}}",
                Cluster.ADMIN, Cluster.ADMIN_PASSWORD);
        expectStatus(response, 200);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(Condition condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }

    private Browser loggedIn(Node node, String user) {
        Browser browser = new Browser(node.port);
        HttpResponse<String> response = browser.login(user, OFFICER_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/");
        // As a browser does: the first page after the login stores the session's CSRF token.
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    /** An officer of department 06 (Alpes-Maritimes), created as an administrator would, through the engine's API. */
    private void createOfficer(String id) throws SQLException {
        Browser admin = new Browser(one.port);
        String[] names = id.split("\\.");
        expectStatus(admin.postJsonWithBasic("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "%s", "lastName": "%s", "email": "%s@parcours.example"},
                 "credentials": {"password": "%s"}}""".formatted(id, names[0], names[1], id, OFFICER_PASSWORD),
                Cluster.ADMIN, Cluster.ADMIN_PASSWORD), 204);
        if (count("select count(*) from act_id_group where id_ = 'dla-officers-06'") == 0) {
            expectStatus(admin.postJsonWithBasic("/engine-rest/group/create",
                    "{\"id\": \"dla-officers-06\", \"name\": \"DLA 06\", \"type\": \"TERRITORY\"}",
                    Cluster.ADMIN, Cluster.ADMIN_PASSWORD), 204);
        }
        for (String group : List.of("dla-officers", "dla-officers-06")) {
            expectStatus(admin.sendWithBasic("PUT", "/engine-rest/group/" + group + "/members/" + id, null,
                    Cluster.ADMIN, Cluster.ADMIN_PASSWORD), 204);
        }
        update("insert into user_scope (user_id, region_code, department_code) values (?, '93', '06')", id);
    }

    /** A new structure's request, on the officer's node; returns its reference. */
    private String newAccompaniment(Browser officer) {
        long n = System.nanoTime();
        HttpResponse<String> response = officer.submit("/dla/accompaniments/new", "/dla/accompaniments", Map.ofEntries(
                Map.entry("newStructure", "true"),
                Map.entry("name", "Médiation grappe " + n),
                Map.entry("siret", Scenario.validSiret(n)),
                Map.entry("legalForm", "ASSOCIATION"),
                Map.entry("nafCode", "88.99B"),
                Map.entry("departmentCode", "06"),
                Map.entry("city", "Nice"),
                Map.entry("sector", "Médiation sociale"),
                Map.entry("employees", "5"),
                Map.entry("aidedContracts", "1"),
                Map.entry("motive", "Structurer le service")));
        assertThat(response.statusCode()).as("new accompaniment").isEqualTo(302);
        Matcher reference = REFERENCE.matcher(officer.get(location(response)).body());
        assertThat(reference.find()).isTrue();
        return reference.group();
    }

    /** The task of this case in the officer's task list (unclaimed tasks of their groups). */
    private static String taskOf(Browser officer, String reference) {
        Matcher row = TASK_ROW.matcher(officer.get("/?view=groups").body());
        while (row.find()) {
            if (row.group(2).contains(reference)) {
                return row.group(1);
            }
        }
        throw new AssertionError("No task of " + reference + " in the task list");
    }

    private static String formOf(Browser browser, String taskId, String form) {
        HttpResponse<String> response = browser.get("/tasks/" + taskId);
        assertThat(response.statusCode()).isEqualTo(302);
        String path = location(response);
        assertThat(path).endsWith("/tasks/" + taskId + "/" + form);
        return path;
    }

    private long caseId(String reference) throws SQLException {
        return count("select id from accompaniment where business_key = ?", reference);
    }

    private static String location(HttpResponse<String> response) {
        URI uri = URI.create(response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No redirect (HTTP " + response.statusCode() + ")")));
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static void expectStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = cluster.owner(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = cluster.owner(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
