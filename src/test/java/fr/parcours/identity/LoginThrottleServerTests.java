package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import fr.parcours.support.ParcoursServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logins over real HTTP, from the form and with HTTP Basic on Camunda's REST API: throttled per client
 * address and per account, never locked for good by a stranger, and refused always with the same answer.
 * Client addresses come through X-Forwarded-For, as from a trusted reverse proxy.
 */
@ParcoursServerTest
class LoginThrottleServerTests {

    private static final String PASSWORD = "une phrase de passe assez longue";
    private static final String REST = "/engine-rest/task?maxResults=1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    LoginProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStrangerFailingOnAnAccountDoesNotKeepItsOwnerOut() throws InterruptedException {
        String owner = newOfficer();
        Browser stranger = new Browser(port, newAddress());
        for (int i = 0; i < 12; i++) {
            stranger.login(owner, "guess-" + i);
        }

        // While the account's allowance is spent, nobody gets in, the owner neither (that is the price)...
        assertThat(refused(new Browser(port, newAddress()).login(owner, PASSWORD))).isTrue();
        // ...but the allowance comes back over the window: no lock outlives it.
        LoginProperties.Limit perAccount = properties.perAccount();
        Thread.sleep(perAccount.window().dividedBy(perAccount.attempts()).plusMillis(500).toMillis());
        HttpResponse<String> ownerLogin = new Browser(port, newAddress()).login(owner, PASSWORD);

        assertThat(ownerLogin.statusCode()).isEqualTo(302);
        assertThat(ownerLogin.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void aWrongPasswordAnUnknownUserAThrottledAttemptAndALockedAccountGetTheSameAnswer() {
        String known = newOfficer();
        String throttled = newOfficer();
        String locked = newOfficer();
        spendAllowanceOf(throttled);
        lockInTheEngine(locked);

        List<String> answers = List.of(
                formAnswer(known, "not the password"),
                formAnswer("nobody-" + System.nanoTime(), PASSWORD),
                formAnswer(throttled, PASSWORD),
                formAnswer(locked, PASSWORD));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0)).contains("302 /login?error").contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void theRestApiAnswersEveryRefusedLoginWithTheSame401() {
        String known = newOfficer();
        String throttled = newOfficer();
        String locked = newOfficer();
        spendAllowanceOf(throttled);
        lockInTheEngine(locked);

        List<String> answers = List.of(
                restAnswer(known, "not the password"),
                restAnswer("nobody-" + System.nanoTime(), PASSWORD),
                restAnswer(throttled, PASSWORD),
                restAnswer(locked, PASSWORD));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0)).startsWith("401");
        assertThat(new Browser(port, newAddress()).getWithBasic(REST, known, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void manyFailuresFromOneAddressAreRefusedThereAndNowhereElse() {
        String officer = newOfficer();
        Browser noisy = new Browser(port, newAddress());
        for (long i = 0; i <= properties.perAddress().attempts(); i++) {
            // A new name each time: only the address's allowance runs out.
            noisy.getWithBasic(REST, "guess-" + System.nanoTime(), PASSWORD);
        }

        assertThat(noisy.getWithBasic(REST, officer, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(new Browser(port, newAddress()).getWithBasic(REST, officer, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void noOtherPasswordCheckEscapesTheThrottle() {
        String officer = newOfficer();
        Browser admin = new Browser(port, newAddress());

        // Camunda's REST API would tell a caller allowed to read users whether a password is right, as often as asked.
        HttpResponse<String> verify = admin.postJsonWithBasic("/engine-rest/identity/verify",
                "{\"username\": \"" + officer + "\", \"password\": \"" + PASSWORD + "\"}",
                DemoUsers.ADMIN, DemoUsers.PASSWORD);

        assertThat(verify.statusCode()).isEqualTo(403);
        assertThat(verify.body()).doesNotContain("authenticated");
        admin.login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertThat(admin.submit("/", "/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", officer, "password", PASSWORD)).statusCode()).isEqualTo(403);
    }

    private String newOfficer() {
        String id = "throttle-" + System.nanoTime();
        accounts.createIfMissing(id, "Test", "Throttle", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(id, "93", "06"));
        return id;
    }

    /** A documentation address (TEST-NET-3): never a trusted proxy, new for every client of the run. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + n;
    }

    private void spendAllowanceOf(String userId) {
        Browser attacker = new Browser(port, newAddress());
        for (long i = 0; i < properties.perAccount().attempts(); i++) {
            attacker.getWithBasic(REST, userId, "guess-" + i);
        }
    }

    private void lockInTheEngine(String userId) {
        jdbc.update("update act_id_user set attempts_ = 3, lock_exp_time_ = ? where id_ = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))), userId);
    }

    private static boolean refused(HttpResponse<String> login) {
        return login.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }

    /** Status, redirect and the page it leads to (minus its CSRF token), as one string to compare. */
    private String formAnswer(String user, String password) {
        Browser browser = new Browser(port, newAddress());
        HttpResponse<String> response = browser.submit("/login", "/login", Map.of("username", user, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        String path = location.replaceFirst("^https?://[^/]+", "");
        String page = browser.get(path).body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
        return response.statusCode() + " " + path + "\n" + page;
    }

    private String restAnswer(String user, String password) {
        HttpResponse<String> response = new Browser(port, newAddress()).getWithBasic(REST, user, password);
        return response.statusCode() + " " + response.headers().map().keySet().stream()
                .filter(name -> !name.equalsIgnoreCase("date")).sorted().toList() + "\n" + response.body();
    }
}
