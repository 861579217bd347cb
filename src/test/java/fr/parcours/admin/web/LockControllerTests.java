package fr.parcours.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.LoginProperties;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class LockControllerTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    UserAccounts accounts;
    @Autowired
    LoginProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsSeeTheLocks() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.COORDINATOR_LILLE)) {
            mvc.perform(get("/admin/locks").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/locks/lift").param("userId", DemoUsers.ADMIN).with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/locks").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/locks"))
                .andExpect(content().string(containsString("Comptes bloqués")));
    }

    @Test
    void anAdministratorLiftsAThrottledAccountAndTheLiftIsAudited() throws Exception {
        String officer = newOfficer();
        for (long i = 0; i < properties.perAccount().attempts(); i++) {
            mvc.perform(login(officer, "guess-" + i, "198.51.100." + (10 + i))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(officer, PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/admin/locks").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(containsString("Trop d&#39;échecs récents")));

        mvc.perform(post("/admin/locks/lift").param("userId", officer).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/admin/locks"))
                .andExpect(flash().attribute("success", "admin.locks.lifted"));

        mvc.perform(get("/admin/locks").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(content().string(not(containsString(officer))));
        mvc.perform(login(officer, PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForList("select actor, case_type, action from audit_record where details = ?", officer))
                .containsExactly(Map.of("actor", DemoUsers.ADMIN, "case_type", "ACCOUNT", "action", "login-lock-lifted"));
    }

    @Test
    void anAdministratorSeesAndLiftsAnAccountTheEngineLocked() throws Exception {
        String officer = newOfficer();
        jdbc.update("update act_id_user set attempts_ = 10, lock_exp_time_ = ? where id_ = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))), officer);
        mvc.perform(get("/admin/locks").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(containsString("Verrouillé par le moteur")));

        mvc.perform(post("/admin/locks/lift").param("userId", officer).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/admin/locks"));

        assertThat(jdbc.queryForMap("select attempts_, lock_exp_time_ from act_id_user where id_ = ?", officer))
                .containsEntry("attempts_", 0).containsEntry("lock_exp_time_", null);
        mvc.perform(login(officer, PASSWORD, "198.51.100.30")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'login-lock-lifted' and details = ?",
                Integer.class, officer)).isEqualTo(1);
    }

    private String newOfficer() {
        String id = "locked-" + System.nanoTime();
        accounts.createIfMissing(id, "Test", "Verrou", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(id, "93", "06"));
        return id;
    }

    private static MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
