package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.process.CouncilCycleProcess;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.Scenario;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security issue's findings, replayed over real HTTP as the demo users: what a holder of a task, a role
 * that starts cases in the app, or a regional auditor could do through Camunda's REST API behind the app's back.
 */
@ParcoursServerTest
class EngineRestAttackTests {

    private static final String PASSWORD = DemoUsers.PASSWORD;
    private static final String KARIM = DemoUsers.FACILITATOR_PARIS;

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councils;
    @Autowired
    CouncilCycles cycles;
    @Autowired
    CollectiveScenario collectives;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FilterService filterService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorCannotRewriteTheVariablesOfHisOwnTask() {
        Task task = karimsClaimedTask();

        HttpResponse<String> write = rest(KARIM, "PUT", "/task/" + task.getId() + "/variables/probeVar",
                "{\"value\":\"rewritten\",\"type\":\"String\"}");

        assertRefused(write);
        assertThat(taskService.getVariable(task.getId(), "probeVar")).isNull();
        // The engine itself refuses it too: holding a task is TASK_WORK, not UPDATE.
        assertThat(mayOnTask(KARIM, Permissions.UPDATE, task)).isFalse();
        assertThat(mayOnTask(KARIM, TaskPermissions.TASK_WORK, task)).isTrue();
    }

    @Test
    void aFacilitatorCannotHandHisTaskToAnOfficerOfAnotherTerritory() {
        Task task = karimsClaimedTask();

        HttpResponse<String> reassign = rest(KARIM, "POST", "/task/" + task.getId() + "/assignee",
                "{\"userId\":\"" + DemoUsers.OFFICER_LILLE + "\"}");

        assertRefused(reassign);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(KARIM);
    }

    @Test
    void aFacilitatorCannotEndTheCouncilsCycleWithABpmnError() {
        Task task = karimsClaimedTask();

        HttpResponse<String> error = rest(KARIM, "POST", "/task/" + task.getId() + "/bpmnError", "{\"errorCode\":\"x\"}");

        assertRefused(error);
        assertRunning(task.getProcessInstanceId());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void anUnhandledBpmnErrorFailsEvenForAnAdministratorInsteadOfEndingTheProcess() {
        Task task = karimsClaimedTask();

        HttpResponse<String> error = rest(DemoUsers.ADMIN, "POST", "/task/" + task.getId() + "/bpmnError",
                "{\"errorCode\":\"x\"}");

        assertThat(error.statusCode()).isGreaterThanOrEqualTo(400).isNotEqualTo(403);
        assertRunning(task.getProcessInstanceId());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void noRoleStartsItsProcessDirectly() {
        Map<String, String> processOfRole = Map.of(
                DemoUsers.OFFICER_NICE, DlaIndividualProcess.KEY,
                DemoUsers.COORDINATOR_LILLE, DlaCollectiveProcess.KEY,
                KARIM, CouncilCycleProcess.KEY);

        processOfRole.forEach((user, key) -> {
            String businessKey = "ATTACK-" + UUID.randomUUID();
            HttpResponse<String> start = rest(user, "POST", "/process-definition/key/" + key + "/start",
                    "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"accompanimentId\":{\"value\":1,"
                            + "\"type\":\"Long\"}}}");

            assertRefused(start);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                    .isZero();
            // Nor would the engine let them, whatever the API in front of it.
            assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), Permissions.CREATE_INSTANCE,
                    Resources.PROCESS_DEFINITION, key)).as(user).isFalse();
            assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), Permissions.CREATE,
                    Resources.PROCESS_INSTANCE)).as(user).isFalse();
        });
    }

    @Test
    void theAppStillStartsEachRolesProcessesAsTheRole() {
        Accompaniment nice = scenario.openInNice();
        CollectiveAccompaniment collective = collectives.openInHautsDeFrance();
        Council council = councilOfKarim();
        CouncilCycle cycle = scenario.as(KARIM, () -> cycles.startFirst(council.getId(), KARIM));

        assertRunning(nice.getProcessInstanceId());
        assertRunning(collective.getProcessInstanceId());
        assertRunning(cycle.getProcessInstanceId());
    }

    @Test
    void unclaimingInTheAppTakesBackTheHoldersGrant() {
        Council council = councilOfKarim();
        Task task = firstTaskOf(councils.startCycle(council));
        Browser karim = loggedIn(KARIM);
        karim.submit("/", "/tasks/" + task.getId() + "/claim", Map.of());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(KARIM);
        assertThat(userGrantsOn(task, KARIM)).isEqualTo(1);

        karim.submit("/", "/tasks/" + task.getId() + "/unclaim", Map.of());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(userGrantsOn(task, KARIM)).isZero();
        // Karim still works on it as a facilitator of the council: his group's grant stays.
        assertThat(mayOnTask(KARIM, TaskPermissions.TASK_WORK, task)).isTrue();
    }

    @Test
    void aFacilitatorRemovedFromTheCouncilKeepsNoGrantOnItsTasks() {
        Council council = councilOfKarim();
        Task task = firstTaskOf(councils.startCycle(council));
        loggedIn(KARIM).submit("/", "/tasks/" + task.getId() + "/claim", Map.of());
        assertThat(userGrantsOn(task, KARIM)).isEqualTo(1);

        councils.remove(council.getId(), KARIM);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(userGrantsOn(task, KARIM)).isZero();
        assertThat(mayOnTask(KARIM, TaskPermissions.TASK_WORK, task)).isFalse();
        assertRefused(rest(KARIM, "POST", "/task/" + task.getId() + "/complete", "{}"));
    }

    @Test
    void aRegionalAuditorReadsNoOtherRegionsHistoryThroughTheEngineApis() {
        Accompaniment nice = scenario.openInNice();
        String auditor = "auditor.r32-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(auditor, "Auditrice", "Régionale", PASSWORD, List.of(Groups.AUDITORS),
                UserScope.region(auditor, "32"));
        String history = "/history/process-instance?processInstanceId=" + nice.getProcessInstanceId();

        HttpResponse<String> regional = rest(auditor, "GET", history, null);
        HttpResponse<String> national = rest(DemoUsers.AUDITOR, "GET", history, null);

        assertThat(regional.statusCode()).isEqualTo(403);
        assertThat(regional.body()).doesNotContain(nice.getProcessInstanceId());
        assertThat(rest(auditor, "POST", "/history/process-instance", "{}").statusCode()).isEqualTo(403);
        Browser webapp = loggedIn(auditor);
        assertThat(webapp.get("/camunda/api/engine/engine/default" + history).statusCode()).isEqualTo(403);
        assertThat(national.statusCode()).isEqualTo(200);
        assertThat(national.body()).contains(nice.getProcessInstanceId());
    }

    @Test
    void theTasklistWebappStillListsTasksButChangesNothing() {
        Task task = karimsOpenTask();
        Browser karim = loggedIn(KARIM);
        karim.get("/camunda/app/tasklist/default/");
        Map<String, String> csrf = Map.of("X-XSRF-TOKEN", String.valueOf(karim.cookie("XSRF-TOKEN")));
        String filterId = filterService.createFilterQuery().list().get(0).getId();
        String api = "/camunda/api/engine/engine/default";

        HttpResponse<String> list = karim.send("POST", api + "/filter/" + filterId + "/list?firstResult=0&maxResults=200",
                "{}", csrf);
        HttpResponse<String> claim = karim.send("POST", api + "/task/" + task.getId() + "/claim",
                "{\"userId\":\"" + KARIM + "\"}", csrf);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    /** A new council of karim's with its first cycle started; its first task, claimed by karim in the app. */
    private Task karimsClaimedTask() {
        Task task = karimsOpenTask();
        loggedIn(KARIM).submit("/", "/tasks/" + task.getId() + "/claim", Map.of());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(KARIM);
        return task;
    }

    private Task karimsOpenTask() {
        return firstTaskOf(councils.startCycle(councilOfKarim()));
    }

    private Council councilOfKarim() {
        Council council = councils.parisCouncil(2, 1);
        councils.assign(council.getId(), KARIM);
        return council;
    }

    private Task firstTaskOf(CouncilCycle cycle) {
        return scenario.task(cycle.getProcessInstanceId(), CouncilCycleProcess.TASK_RECORD_MOBILISATION);
    }

    private Browser loggedIn(String user) {
        Browser browser = new Browser(port);
        browser.login(user, PASSWORD);
        return browser;
    }

    private HttpResponse<String> rest(String user, String method, String path, String json) {
        return new Browser(port).sendWithBasic(method, "/engine-rest" + path, json, user, PASSWORD);
    }

    private void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        assertThat(response.body()).contains("read-only");
    }

    private void assertRunning(String processInstanceId) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
    }

    private boolean mayOnTask(String user, org.camunda.bpm.engine.authorization.Permission permission, Task task) {
        return authorizationService.isUserAuthorized(user, groupsOf(user), permission, Resources.TASK, task.getId());
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** Rows of ACT_RU_AUTHORIZATION that grant this user, personally, something on the task. */
    private int userGrantsOn(Task task, String user) {
        return jdbc.queryForObject("select count(*) from act_ru_authorization where user_id_ = ? and resource_type_ = ?"
                + " and resource_id_ = ?", Integer.class, user, Resources.TASK.resourceType(), task.getId());
    }
}
