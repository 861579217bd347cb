package fr.parcours.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.audit.chain.AuditChainVerifier;
import fr.parcours.identity.StartupMode;
import fr.parcours.reporting.demo.PastYearDemo;
import fr.parcours.support.Logins;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The app as {@code ./mvnw spring-boot:run} starts it: demo mode with every demo seeder on (the other tests turn the
 * heavy ones off, so a seeder broken by another feature would go unseen), on a fresh embedded database. Every seeder
 * must run through and each role's main pages answer. It runs in a JVM of its own (pom.xml, profile
 * own-jvm-tests): its context would otherwise live beside the shared one, with a second Camunda engine.
 */
@SpringBootTest(properties = {"parcours.demo.collective-dla=true", "parcours.demo.council-life=true",
        "parcours.demo.past-year=true", "parcours.demo.paje-dla=true"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FullDemoStartTests {

    private static final int PAGES_PER_USER = 120;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");
    /** Logging out, Camunda's own webapps and static files are not the app's pages. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            "^/(logout|camunda|actuator|webjars|css|js|vendor|img|images|favicon)|\\.(png|svg|ico|js|css|woff2?)$");

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    StartupMode mode;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PastYearDemo pastYear;
    @Autowired
    AuditChainVerifier verifier;

    @Test
    void everyDemoSeederRanThrough() {
        assertThat(mode.isDemo()).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from accompaniment a join organisation o on o.id = a.organisation_id
                 where o.name = 'PAJE' and a.process_instance_id is not null""", Integer.class))
                .as("PAJE's individual DLA in progress").isPositive();
        assertThat(jdbc.queryForList("""
                select distinct o.department_code from accompaniment a join organisation o on o.id = a.organisation_id
                 where a.process_instance_id is null order by 1""", String.class))
                .as("a past year of finished accompaniments in 06 and 59").contains("06", "59");
        assertThat(jdbc.queryForObject("select count(*) from collective_accompaniment where region_code = '32'",
                Integer.class)).as("the Hauts-de-France collective").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from council_cycle", Integer.class))
                .as("the citizen councils' cycles").isPositive();
    }

    @ParameterizedTest
    @CsvSource({
            "camille.roux, /", "camille.roux, /dla/accompaniments", "camille.roux, /reports/annual",
            "camille.roux, /budget", "camille.roux, /adultes-relais", "julien.marchand, /",
            "ines.fabre, /missions", "nadia.lemaire, /collective", "nadia.lemaire, /collective/region",
            "karim.haddad, /councils", "karim.haddad, /councils/activity", "helene.vasseur, /audit/search",
            "helene.vasseur, /reports/annual", "admin, /admin", "admin, /admin/users", "admin, /admin/prestataires"})
    void eachRolesMainPagesAnswer(String user, String path) throws Exception {
        mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk());
    }

    @Test
    void aFinishedCaseOfThePastYearOpensForItsOfficerAndTheAuditor() throws Exception {
        long pastCase = jdbc.queryForObject("""
                select min(a.id) from accompaniment a join organisation o on o.id = a.organisation_id
                 where a.process_instance_id is null and o.department_code = '06'""", Long.class);

        mvc.perform(get("/dla/accompaniments/{id}", pastCase).with(logins.as("camille.roux"))).andExpect(status().isOk());
        mvc.perform(get("/audit/cases/{id}", pastCase).with(logins.as("helene.vasseur"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-action=\"opened\"")));
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT'"
                + " and case_id = ? order by occurred_at, id", String.class, pastCase))
                .as("the past case's trail, in order").startsWith("opened").endsWith("closed");
    }

    @Test
    void theDemosTrailVerifiesAndARestartAppendsNothingToIt() {
        long records = jdbc.queryForObject("select count(*) from audit_record", Long.class);

        assertThat(pastYear.seedOnce()).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(records);
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * Every link a role's pages show leads to a page that role may open, and no page shows an untranslated key:
     * from each demo user's home page, the app's own links are followed (GET only, breadth first, a bounded
     * number of pages per user, each page once). A link to a page the user is refused (403) or that does not
     * exist for them (404) is a dead end a real user would hit.
     */
    @ParameterizedTest
    @CsvSource({"camille.roux", "julien.marchand", "ines.fabre", "nadia.lemaire", "karim.haddad", "helene.vasseur",
            "admin"})
    void everyLinkOfARolesPagesLeadsToAPageItMayOpen(String user) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        Map<String, String> linkedFrom = new HashMap<>();
        Set<String> visited = new HashSet<>();
        List<String> deadEnds = new ArrayList<>();
        while (!toVisit.isEmpty() && visited.size() < PAGES_PER_USER) {
            String path = toVisit.removeFirst();
            if (!visited.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(logins.as(user))).andReturn().getResponse();
            if (response.getStatus() >= 400) {
                deadEnds.add(response.getStatus() + " " + path + " (linked from " + linkedFrom.get(path) + ")");
                continue;
            }
            String contentType = String.valueOf(response.getContentType());
            if (!contentType.startsWith("text/html")) {
                continue;
            }
            String page = response.getContentAsString(StandardCharsets.UTF_8);
            Matcher untranslated = UNTRANSLATED.matcher(page);
            if (untranslated.find()) {
                deadEnds.add("untranslated " + untranslated.group() + " on " + path);
            }
            Matcher links = LINK.matcher(page);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                if (!NOT_FOLLOWED.matcher(link).find() && !visited.contains(link)) {
                    linkedFrom.putIfAbsent(link, path);
                    toVisit.addLast(link);
                }
            }
        }
        assertThat(deadEnds).as("links %s's pages show that lead nowhere for them", user).isEmpty();
        assertThat(visited).as("pages reached from %s's home page", user).hasSizeGreaterThan(5);
    }
}
