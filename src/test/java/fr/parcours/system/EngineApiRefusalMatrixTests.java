package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against the write endpoints of Camunda's REST API: only administrators get through to the engine.
 * Ids are made up, so an administrator's call reaches the engine and fails there (404, 400…) without changing
 * anything; what matters is who the guard lets through.
 */
@ParcoursServerTest
class EngineApiRefusalMatrixTests {

    private static final String NO_ID = "no-such-id";
    private static final List<String> NON_ADMINS = List.of(DemoUsers.OFFICER_NICE, DemoUsers.OFFICER_LILLE,
            DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE, DemoUsers.FACILITATOR_PARIS, DemoUsers.AUDITOR);

    private static final List<Endpoint> WRITES = List.of(
            new Endpoint("POST", "/task/" + NO_ID + "/complete", "{}"),
            new Endpoint("POST", "/task/" + NO_ID + "/submit-form", "{}"),
            new Endpoint("POST", "/task/" + NO_ID + "/claim", "{\"userId\":\"camille.roux\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/unclaim", null),
            new Endpoint("POST", "/task/" + NO_ID + "/assignee", "{\"userId\":\"julien.marchand\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/delegate", "{\"userId\":\"julien.marchand\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/resolve", "{}"),
            new Endpoint("POST", "/task/" + NO_ID + "/bpmnError", "{\"errorCode\":\"x\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/bpmnEscalation", "{\"escalationCode\":\"x\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/variables", "{\"modifications\":{}}"),
            new Endpoint("PUT", "/task/" + NO_ID + "/variables/probe", "{\"value\":\"x\",\"type\":\"String\"}"),
            new Endpoint("DELETE", "/task/" + NO_ID + "/variables/probe", null),
            new Endpoint("PUT", "/task/" + NO_ID + "/localVariables/probe", "{\"value\":\"x\",\"type\":\"String\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/identity-links", "{\"groupId\":\"admins\",\"type\":\"candidate\"}"),
            new Endpoint("POST", "/task/" + NO_ID + "/comment/create", "{\"message\":\"x\"}"),
            new Endpoint("PUT", "/task/" + NO_ID, "{\"name\":\"x\"}"),
            new Endpoint("DELETE", "/task/" + NO_ID, null),
            new Endpoint("POST", "/task/create", "{\"id\":\"probe\",\"parentTaskId\":\"" + NO_ID + "\"}"),
            new Endpoint("POST", "/process-definition/key/" + NO_ID + "/start", "{}"),
            new Endpoint("POST", "/process-definition/key/" + NO_ID + "/submit-form", "{}"),
            new Endpoint("PUT", "/process-definition/key/" + NO_ID + "/suspended", "{\"suspended\":true}"),
            new Endpoint("DELETE", "/process-instance/" + NO_ID, null),
            new Endpoint("POST", "/process-instance/delete", "{}"),
            new Endpoint("POST", "/process-instance/" + NO_ID + "/variables", "{\"modifications\":{}}"),
            new Endpoint("PUT", "/process-instance/" + NO_ID + "/variables/probe", "{\"value\":\"x\",\"type\":\"String\"}"),
            new Endpoint("POST", "/process-instance/" + NO_ID + "/modification", "{\"instructions\":[]}"),
            new Endpoint("PUT", "/process-instance/" + NO_ID + "/suspended", "{\"suspended\":true}"),
            new Endpoint("POST", "/modification/execute", "{}"),
            new Endpoint("POST", "/migration/execute", "{}"),
            new Endpoint("POST", "/message", "{\"messageName\":\"" + NO_ID + "\"}"),
            new Endpoint("POST", "/signal", "{\"name\":\"" + NO_ID + "\"}"),
            new Endpoint("POST", "/execution/" + NO_ID + "/signal", "{}"),
            new Endpoint("PUT", "/execution/" + NO_ID + "/localVariables/probe", "{\"value\":\"x\",\"type\":\"String\"}"),
            new Endpoint("PUT", "/job/" + NO_ID + "/retries", "{\"retries\":1}"),
            new Endpoint("POST", "/job/retries", "{}"),
            new Endpoint("POST", "/job/" + NO_ID + "/execute", null),
            new Endpoint("POST", "/external-task/fetchAndLock", "{}"),
            new Endpoint("POST", "/decision-definition/key/" + NO_ID + "/evaluate", "{}"),
            new Endpoint("POST", "/deployment/create", "{}"),
            new Endpoint("DELETE", "/deployment/" + NO_ID, null),
            new Endpoint("POST", "/user/create", "{}"),
            new Endpoint("PUT", "/user/" + NO_ID + "/credentials", "{}"),
            new Endpoint("POST", "/group/create", "{}"),
            new Endpoint("PUT", "/group/" + NO_ID + "/members/" + NO_ID, null),
            new Endpoint("POST", "/authorization/create", "{}"),
            new Endpoint("POST", "/filter/create", "{}"),
            new Endpoint("POST", "/history/process-instance/delete", "{}"),
            new Endpoint("DELETE", "/history/process-instance/" + NO_ID, null));

    @LocalServerPort
    int port;
    @Autowired
    FilterService filterService;
    @Autowired
    UserAccounts accounts;

    @Test
    void onlyAdministratorsWriteThroughTheRestApi() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : WRITES) {
            for (String user : NON_ADMINS) {
                HttpResponse<String> response = call(user, endpoint);
                softly.assertThat(response.statusCode()).as(user + " " + endpoint).isEqualTo(403);
                softly.assertThat(response.body()).as(user + " " + endpoint).contains("read-only");
            }
            HttpResponse<String> admin = call(DemoUsers.ADMIN, endpoint);
            softly.assertThat(admin.statusCode()).as("admin " + endpoint).isNotIn(401, 403);
        }
        softly.assertAll();
    }

    @Test
    void everyRoleStillQueriesWithinItsAuthorizations() {
        String filterId = filterService.createFilterQuery().list().get(0).getId();
        List<Endpoint> queries = List.of(
                new Endpoint("GET", "/task?maxResults=1", null),
                new Endpoint("POST", "/task", "{}"),
                new Endpoint("POST", "/task/count", "{}"),
                new Endpoint("POST", "/filter/" + filterId + "/count", "{}"),
                new Endpoint("POST", "/filter/" + filterId + "/list?maxResults=1", "{}"),
                new Endpoint("POST", "/process-instance/count", "{}"),
                new Endpoint("GET", "/process-definition?latestVersion=true", null),
                new Endpoint("POST", "/history/task/count", "{}"),
                new Endpoint("POST", "/history/process-instance/count", "{}"));
        SoftAssertions softly = new SoftAssertions();
        for (String user : NON_ADMINS) {
            for (Endpoint query : queries) {
                // Auditors hold no Tasklist filter: the engine, not the guard, refuses them those.
                int expected = user.equals(DemoUsers.AUDITOR) && query.path().startsWith("/filter/") ? 403 : 200;
                HttpResponse<String> response = call(user, query);
                softly.assertThat(response.statusCode()).as(user + " " + query).isEqualTo(expected);
                softly.assertThat(response.body()).as(user + " " + query).doesNotContain("read-only");
            }
        }
        softly.assertAll();
    }

    @Test
    void aUserChangesOnlyTheirOwnPassword() {
        // A user of its own: its current password is checked, and fails, on purpose.
        String officer = "officer.pw-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(officer, "Agent", "Test", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "93", "06"));
        String wrongCurrent = "{\"password\":\"a-new-long-password\",\"authenticatedUserPassword\":\"wrong\"}";

        HttpResponse<String> other = call(officer,
                new Endpoint("PUT", "/user/" + DemoUsers.OFFICER_LILLE + "/credentials", wrongCurrent));
        HttpResponse<String> own = call(officer, new Endpoint("PUT", "/user/" + officer + "/credentials", wrongCurrent));

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("read-only");
        // The engine itself refuses a wrong current password; the guard let the request reach it.
        assertThat(own.statusCode()).isBetween(400, 499).isNotEqualTo(403);
        assertThat(own.body()).doesNotContain("read-only");
    }

    @Test
    void theWebappsApiIsReadOnlyTooAndLoginStillWorks() {
        Browser officer = new Browser(port);
        officer.login(DemoUsers.OFFICER_NICE, DemoUsers.PASSWORD);
        officer.get("/camunda/app/tasklist/default/");
        Map<String, String> csrf = Map.of("X-XSRF-TOKEN", String.valueOf(officer.cookie("XSRF-TOKEN")));
        String api = "/camunda/api/engine/engine/default";

        assertThat(officer.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        assertThat(officer.send("POST", api + "/task/count", "{}", csrf).statusCode()).isEqualTo(200);
        for (Endpoint write : List.of(WRITES.get(0), WRITES.get(4), WRITES.get(7), WRITES.get(18), WRITES.get(29))) {
            assertThat(officer.send(write.method(), api + write.path(), write.body(), csrf).statusCode())
                    .as(write.toString()).isEqualTo(403);
        }
        assertThat(officer.send("POST", "/camunda/api/admin/auth/user/default/logout", null, csrf).statusCode())
                .isLessThan(400);
    }

    private HttpResponse<String> call(String user, Endpoint endpoint) {
        return new Browser(port).sendWithBasic(endpoint.method(), "/engine-rest" + endpoint.path(), endpoint.body(),
                user, DemoUsers.PASSWORD);
    }

    private record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
