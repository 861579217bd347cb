package fr.parcours.admin.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.LegalForm;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real login, a real session and Camunda's own servlets: a person created by an administrator logs in
 * with the temporary password, must choose their own first, then works in the app, Tasklist and the REST API; once
 * deactivated, all three refuse them at once, their open sessions included.
 */
@ParcoursServerTest
class DeactivationServerTests {

    private static final Pattern TEMPORARY = Pattern.compile("<code class=\"fs-5\">([^<]+)</code>");
    private static final String OWN_PASSWORD = "le vent se lève sur la mer";

    @LocalServerPort
    int port;
    @Autowired
    DlaOperators operators;

    @Test
    void aDeactivatedPersonIsRefusedByTheAppTasklistAndTheRestApi() {
        long operator = operators.create(new DlaOperators.NewOperator("DLA serveur " + System.nanoTime(), null,
                LegalForm.ASSOCIATION, "Guéret", "23", false, List.of("23")), DemoUsers.ADMIN);
        String id = "server-" + System.nanoTime();
        Browser admin = new Browser(port, "203.0.113.41");
        assertThat(location(admin.login(DemoUsers.ADMIN, DemoUsers.PASSWORD))).isEqualTo("/");
        HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users/new", Map.of(
                "userId", id, "firstName", "Lucie", "lastName", "Serveur", "email", "lucie@example.org",
                "role", "OFFICER", "operatorId", String.valueOf(operator), "departmentCodes", "23"));
        assertThat(location(created)).isEqualTo("/admin/users/" + id);
        Matcher shown = TEMPORARY.matcher(admin.get("/admin/users/" + id).body());
        assertThat(shown.find()).isTrue();
        String temporary = shown.group(1);
        assertThat(admin.get("/admin/users/" + id).body()).doesNotContain(temporary);

        Browser app = new Browser(port, "203.0.113.42");
        assertThat(location(app.login(id, temporary))).isEqualTo("/");
        assertThat(location(app.get("/dla/accompaniments"))).isEqualTo("/profile/password");
        assertThat(location(app.submit("/profile/password", "/profile/password", Map.of("currentPassword", temporary,
                "newPassword", OWN_PASSWORD, "confirmation", OWN_PASSWORD)))).isEqualTo("/profile");
        assertThat(app.get("/dla/accompaniments").statusCode()).isEqualTo(200);
        Browser tasklist = new Browser(port, "203.0.113.43");
        tasklist.login(id, OWN_PASSWORD);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        assertThat(new Browser(port).getWithBasic("/engine-rest/task/count", id, OWN_PASSWORD).statusCode())
                .isEqualTo(200);

        admin.submit("/admin/users/" + id, "/admin/users/" + id + "/deactivate", Map.of());

        assertThat(location(app.get("/dla/accompaniments"))).isEqualTo("/login?logout");
        assertThat(location(app.get("/dla/accompaniments"))).isEqualTo("/login");
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").statusCode()).isNotEqualTo(200);
        assertThat(new Browser(port).getWithBasic("/engine-rest/task/count", id, OWN_PASSWORD).statusCode())
                .isEqualTo(401);
        assertThat(location(new Browser(port, "203.0.113.44").login(id, OWN_PASSWORD))).isEqualTo("/login?error");

        admin.submit("/admin/users/" + id, "/admin/users/" + id + "/reactivate", Map.of());
        assertThat(location(new Browser(port, "203.0.113.45").login(id, OWN_PASSWORD))).isEqualTo("/");
    }

    /** Where a redirect goes, without the server part. */
    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(java.net.URI::create)
                .map(uri -> uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery())
                .orElse("(no redirect: " + response.statusCode() + ")");
    }
}
