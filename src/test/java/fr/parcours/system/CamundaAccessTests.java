package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.Scenario;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's REST API and webapps, reached over real HTTP: same users, same rights as the app. */
@ParcoursServerTest
class CamundaAccessTests {

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;

    @Test
    void theRestApiAppliesTheCallersAuthorizations() {
        Accompaniment nice = scenario.openInNice();
        String tasksOfCase = "/engine-rest/task?processInstanceId=" + nice.getProcessInstanceId();
        Browser browser = new Browser(port);

        HttpResponse<String> asNice = browser.getWithBasic(tasksOfCase, DemoUsers.OFFICER_NICE, "parcours-demo");
        HttpResponse<String> asLille = browser.getWithBasic(tasksOfCase, DemoUsers.OFFICER_LILLE, "parcours-demo");

        assertThat(asNice.statusCode()).isEqualTo(200);
        assertThat(asNice.body()).contains("Task_ReviewRequest");
        assertThat(asLille.statusCode()).isEqualTo(200);
        assertThat(asLille.body()).isEqualTo("[]");
        assertThat(browser.getWithBasic(tasksOfCase, DemoUsers.OFFICER_NICE, "wrong").statusCode()).isEqualTo(401);
        assertThat(browser.get(tasksOfCase).statusCode()).isEqualTo(401);
    }

    @Test
    void oneLoginOpensCockpitForAnAdministrator() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(302);

        // After login the user lands where they were going.
        assertThat(browser.login(DemoUsers.ADMIN, "parcours-demo").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/camunda/app/cockpit/default/"));

        HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        HttpResponse<String> count = browser.get("/camunda/api/engine/engine/default/process-definition/count");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"count\"");
    }

    @Test
    void anOfficerCannotReadAnotherDepartmentsCaseThroughTheWebappApi() {
        Accompaniment nice = scenario.openInNice();
        Browser lille = new Browser(port);
        lille.login(DemoUsers.OFFICER_LILLE, "parcours-demo");

        HttpResponse<String> tasks = lille.get("/camunda/api/engine/engine/default/task?processInstanceId="
                + nice.getProcessInstanceId());
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).isEqualTo("[]");
    }
}
