package fr.parcours.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Map;

/**
 * The demo's people at work, all at once: officers on their task lists and case files, the consultant on her
 * missions, the coordinator on the collective dashboard and regional view, the facilitator on her council and
 * activity sheet, the auditor searching and exporting. Each virtual user logs in once, then works in a loop with
 * think times of 3 to 7 s. Targets (README, "Performance"): 100 concurrent users on one node, no error, p95 < 300 ms per page.
 * <p>
 * {@code ./mvnw verify -Pload} starts the app in demo mode on its own database and runs this against it;
 * {@code -Dparcours.url=http://…} (several, comma-separated, for a cluster: round-robin) targets running nodes.
 */
public class ParcoursLoadSimulation extends Simulation {

    private static final String PASSWORD = "parcours-demo";
    private static final int USERS = Integer.getInteger("parcours.users", 100);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("parcours.ramp-seconds", 60));
    private static final Duration HOLD = Duration.ofSeconds(Long.getLong("parcours.hold-seconds", 120));
    /**
     * A person's time on a page before the next one, drawn evenly between these bounds: 3 to 7 s, 5 s on average, a
     * quick reader of a task list or a case file. {@code -Dparcours.think-millis=1000} (both bounds) is a stress run.
     */
    private static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("parcours.think-min-millis",
            Long.getLong("parcours.think-millis", 3000)));
    private static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("parcours.think-max-millis",
            Long.getLong("parcours.think-millis", 7000)));

    private final HttpProtocolBuilder protocol = http
            .baseUrls(System.getProperty("parcours.url", "http://localhost:18080").split(","))
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .disableFollowRedirect();

    private static ChainBuilder login(String user) {
        return exec(http("login page").get("/login").check(status().is(200))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("login").post("/login")
                        .formParam("username", user).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("error")).is(false)))
                .pause(THINK_MIN, THINK_MAX);
    }

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).pause(THINK_MIN, THINK_MAX);
    }

    private static ScenarioBuilder role(String name, String user, ChainBuilder work) {
        return scenario(name).exec(login(user)).forever().on(work);
    }

    private final ScenarioBuilder officerNice = role("officer (Nice)", "camille.roux",
            exec(page("task list", "/"), page("group tasks", "/?view=groups"),
                    page("accompaniments", "/dla/accompaniments"),
                    http("first case file").get("/dla/accompaniments").check(status().is(200))
                            .check(regex("href=\"(/dla/accompaniments/\\d+)\"").saveAs("case")))
                    .exec(page("case file", "#{case}")));
    private final ScenarioBuilder officerLille = role("officer (Lille)", "julien.marchand",
            exec(page("task list", "/"), page("group tasks", "/?view=groups"), page("accompaniments", "/dla/accompaniments")));
    private final ScenarioBuilder consultant = role("consultant", "ines.fabre",
            exec(page("missions", "/missions"), page("firm's collectives", "/collective/firm"), page("task list", "/")));
    private final ScenarioBuilder coordinator = role("coordinator", "nadia.lemaire",
            exec(page("collectives", "/collective"),
                    http("regional view").get("/collective/region").check(status().is(200))
                            .check(regex("href=\"(/collective/\\d+/dashboard)\"").saveAs("dashboard")))
                    .pause(THINK_MIN, THINK_MAX)
                    .exec(page("collective dashboard", "#{dashboard}"), page("task list", "/")));
    private final ScenarioBuilder facilitator = role("facilitator", "karim.haddad",
            exec(page("councils", "/councils"), page("activity sheet", "/councils/activity"), page("task list", "/")));
    private final ScenarioBuilder auditor = role("auditor", "helene.vasseur",
            exec(page("audit search", "/audit/search?organisation=PAJE"), page("audit CSV", "/audit/search.csv?organisation=PAJE")));

    {
        // The mix of a DLA day: mostly officers, then coordinators, facilitators, consultants and auditors.
        Map<ScenarioBuilder, Double> share = Map.of(officerNice, 0.25, officerLille, 0.25, coordinator, 0.15,
                facilitator, 0.15, consultant, 0.1, auditor, 0.1);
        setUp(share.entrySet().stream().map(entry -> entry.getKey().injectClosed(
                        rampConcurrentUsers(0).to((int) Math.round(USERS * entry.getValue())).during(RAMP),
                        constantConcurrentUsers((int) Math.round(USERS * entry.getValue())).during(HOLD)))
                .toList())
                .protocols(protocol)
                .maxDuration(RAMP.plus(HOLD).plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(300));
    }
}
