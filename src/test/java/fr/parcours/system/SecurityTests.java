package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import java.util.List;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;

/** Who may reach what: the app, Camunda's webapps and REST API, logins, CSRF, actuator. */
@ParcoursIntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/dla/accompaniments")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/api/engine/engine/")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void anonymousCallsToTheEngineRestApiAreRefused() throws Exception {
        mvc.perform(get("/engine-rest/process-definition")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
        mvc.perform(post("/engine-rest/process-definition/key/dla-individual/start")
                .contentType("application/json").content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theLoginPageIsInFrench() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Connexion à Parcours")));
    }

    @Test
    void aDemoUserLogsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin().user(DemoUsers.OFFICER_NICE).password("parcours-demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(DemoUsers.OFFICER_NICE));
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() throws Exception {
        String user = "wrong-password-" + System.nanoTime();
        accounts.createIfMissing(user, "Test", "User", "right-password-123", List.of(Groups.DLA_OFFICERS),
                UserScope.department(user, "93", "06"));

        mvc.perform(formLogin().user(user).password("wrong"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        // One failure locks nothing: the right password still opens the account (LoginThrottleTests for more).
        mvc.perform(formLogin().user(user).password("right-password-123"))
                .andExpect(redirectedUrl("/"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(user));
        mvc.perform(formLogin().user("nobody").password("parcours-demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from accompaniment", Integer.class);

        mvc.perform(post("/dla/accompaniments").with(logins.as(DemoUsers.OFFICER_NICE))
                        .param("organisationId", "1").param("motive", "Forged"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", DemoUsers.OFFICER_NICE).param("password", "parcours-demo"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from accompaniment", Integer.class)).isEqualTo(before);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void onlyTheHealthEndpointIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(logins.as(DemoUsers.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(logins.as(DemoUsers.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk());
        // MockMvc does not write the servlet container's session cookie; check the configuration it uses.
        assertThat(sessionCookieConfig.getHttpOnly()).isTrue();
        assertThat(sessionCookieConfig.getSameSite()).isEqualTo(org.springframework.boot.web.server.Cookie.SameSite.LAX);
    }

    @Autowired
    void setServerProperties(org.springframework.boot.autoconfigure.web.ServerProperties server) {
        this.sessionCookieConfig = server.getServlet().getSession().getCookie();
    }

    private org.springframework.boot.web.server.Cookie sessionCookieConfig;
}
