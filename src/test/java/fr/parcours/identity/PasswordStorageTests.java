package fr.parcours.identity;

import static fr.parcours.identity.LoginThrottleTests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Passwords stored with bcrypt, older hashes upgraded at login, and the policy on every password set. */
@ParcoursIntegrationTest
class PasswordStorageTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewPasswordIsStoredWithBcrypt() {
        String id = newOfficer(PASSWORD);

        assertThat(storedHash(id)).startsWith("{BCRYPT}$2a$");
        assertThat(identityService.checkPassword(id, PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(id, PASSWORD + "!")).isFalse();
    }

    @Test
    void anOldSha512HashStillLogsInAndIsThenRehashedWithBcrypt() throws Exception {
        String id = newOfficer(PASSWORD);
        String salt = "c2VsLWRlLWNhbXVuZGE=";
        // What Camunda 7.7+ stored by default: {SHA-512} then Base64(SHA-512(password + salt)).
        String sha512 = "{SHA-512}" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512")
                .digest((PASSWORD + salt).getBytes(StandardCharsets.UTF_8)));
        jdbc.update("update act_id_user set pwd_ = ?, salt_ = ? where id_ = ?", sha512, salt, id);

        mvc.perform(login(id, PASSWORD, "192.0.2.30")).andExpect(redirectedUrl("/"));

        assertThat(storedHash(id)).startsWith("{BCRYPT}$2a$");
        mvc.perform(login(id, PASSWORD, "192.0.2.30")).andExpect(redirectedUrl("/"));
        mvc.perform(login(id, "a wrong passphrase here", "192.0.2.30")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aPasswordBelowThePolicyIsRefusedWhenSet() {
        String id = "policy-" + System.nanoTime();

        assertThatThrownBy(() -> newOfficer(id, "court-11car")).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> newOfficer(id, "changeme")).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> newOfficer(id, "123456789012")).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> newOfficer(id, "mon-identifiant-" + id)).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> newOfficer(id, "é".repeat(37))).isInstanceOf(ProcessEngineException.class);
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();

        User existing = identityService.createUserQuery().userId(newOfficer(PASSWORD)).singleResult();
        existing.setPassword("trop-court");
        assertThatThrownBy(() -> identityService.saveUser(existing)).isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void theDemoPasswordIsAcceptedInDemoModeOnly() {
        assertThat(identityService.checkPasswordAgainstPolicy(DemoUsers.PASSWORD).isValid()).isTrue();
        assertThat(new ParcoursPasswordPolicy(false).getRules().stream()
                .allMatch(rule -> rule.execute(DemoUsers.PASSWORD, null))).isFalse();
        assertThat(identityService.checkPasswordAgainstPolicy("une-phrase-de-passe").isValid()).isTrue();
    }

    private String newOfficer(String password) {
        return newOfficer("hash-" + System.nanoTime(), password);
    }

    private String newOfficer(String id, String password) {
        accounts.createIfMissing(id, "Test", "Hachage", password, List.of(Groups.DLA_OFFICERS),
                UserScope.department(id, "93", "06"));
        return id;
    }

    private String storedHash(String userId) {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, userId);
    }
}
