package fr.parcours.audit.web;

import static fr.parcours.dla.process.DlaIndividualProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class CaseHistoryControllerTests {

    private static final Pattern ACTIVITY = Pattern.compile("data-activity=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    DlaJourney journey;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void showsEveryStepWithWhoAndEveryBusinessChangeOfACaseTheTestRan() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);
        String organisation = jdbc.queryForObject("select o.name from organisation o join accompaniment a"
                + " on a.organisation_id = o.id where a.id = ?", String.class, accompaniment.getId());

        String html = page("/audit/cases/{id}", accompaniment.getId());

        String phase = jdbc.queryForObject("select phase from accompaniment where id = ?", String.class,
                accompaniment.getId());
        assertThat(html).contains("id=\"history-organisation\">" + organisation + "<")
                .contains("id=\"history-phase\">" + messages.getMessage("phase." + phase, null, Locale.FRENCH) + "<");
        assertThat(activitiesInOrder(html)).containsSubsequence(START, TASK_REVIEW_REQUEST,
                TASK_RECORD_INTAKE_DECISION, TASK_HOLD_INTERVIEW, TASK_ASSESS_THEMES, TASK_VALIDATE_DIAGNOSTIC,
                TASK_DRAFT_PLAN, TASK_RECORD_COMMITTEE_OPINION, TASK_WRITE_SPECIFICATIONS);
        assertThat(row(html, TASK_REVIEW_REQUEST)).contains("class=\"who\">" + DemoUsers.OFFICER_NICE + "<")
                .containsPattern("class=\"text-nowrap\">\\d+ s<");
        assertThat(row(html, TASK_WRITE_SPECIFICATIONS)).contains("En cours").contains("table-primary");
        assertThat(html).contains("Accueil : acceptée pour un diagnostic partagé", "Plan d&#39;accompagnement enregistré",
                "Avis du comité d&#39;appui enregistré");
        List<String> actions = jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT'"
                + " and case_id = ? order by occurred_at, id", String.class, accompaniment.getId());
        assertThat(actions).isNotEmpty();
        Matcher recorded = Pattern.compile("data-action=\"([^\"]+)\"").matcher(html);
        List<String> shown = new ArrayList<>();
        while (recorded.find()) {
            shown.add(recorded.group(1));
        }
        assertThat(shown).isEqualTo(actions);
        assertThat(row(html, VAR_ACCOMPANIMENT_ID, "data-variable")).contains("class=\"after\">" + accompaniment.getId() + "<");
        assertThat(row(html, VAR_ELIGIBLE, "data-variable")).contains("class=\"after\">Oui<").contains("Orientée vers le diagnostic");
        assertThat(html).contains("id=\"audit-diagram\"", "/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js");
        mvc.perform(get("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js")).andExpect(status().isOk());
        mvc.perform(get("/vendor/bpmn-js/assets/diagram-js.css")).andExpect(status().isOk());
        mvc.perform(get("/vendor/bpmn-js/assets/bpmn-js.css")).andExpect(status().isOk());
    }

    @Test
    void diagramDataMarksThePathTakenAndTheCurrentPosition() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);

        mvc.perform(get("/audit/cases/{id}/diagram-data", accompaniment.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", Matchers.hasItems(START, TASK_REVIEW_REQUEST, GATEWAY_ELIGIBLE,
                        TASK_HOLD_INTERVIEW, TASK_VALIDATE_DIAGNOSTIC, TASK_DRAFT_PLAN, TASK_RECORD_COMMITTEE_OPINION)))
                .andExpect(jsonPath("$.completed", Matchers.not(Matchers.hasItems(END_REFERRED))))
                .andExpect(jsonPath("$.completed", Matchers.not(Matchers.hasItems(TASK_WRITE_SPECIFICATIONS))))
                .andExpect(jsonPath("$.active", Matchers.hasItems(SUBPROCESS_ENGINEERING, TASK_WRITE_SPECIFICATIONS)))
                .andExpect(jsonPath("$.active", Matchers.not(Matchers.hasItems(TASK_REVIEW_REQUEST))))
                .andExpect(jsonPath("$.taken", Matchers.hasItems("SequenceFlow_ToRecordIntake", "SequenceFlow_EligibleYes")))
                .andExpect(jsonPath("$.taken", Matchers.not(Matchers.hasItems("SequenceFlow_EligibleNo"))));
        mvc.perform(get("/audit/cases/{id}/diagram.bpmn", accompaniment.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + KEY + "\"")));
    }

    @Test
    void aFinishedCaseHasNoCurrentPosition() throws Exception {
        Accompaniment referred = scenario.openInNice();
        journey.complete(referred.getProcessInstanceId(), TASK_REVIEW_REQUEST, DemoUsers.OFFICER_NICE,
                new IntakeDecision(IntakeOutcome.REFERRED, "France Active", "Besoin de financement",
                        DemoUsers.OFFICER_NICE));

        mvc.perform(get("/audit/cases/{id}/diagram-data", referred.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", Matchers.hasItems(START, TASK_REVIEW_REQUEST, END_REFERRED)))
                .andExpect(jsonPath("$.active", Matchers.empty()));
        assertThat(page("/audit/cases/{id}", referred.getId())).contains("Orienté vers un partenaire");
    }

    @Test
    void thePrintableVersionHasTheHistoryWithoutTheDiagram() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);

        String html = page("/audit/cases/{id}?print=true", accompaniment.getId());

        assertThat(html).doesNotContain("id=\"audit-diagram\"").contains("data-print").contains("/js/print-page.js")
                .contains("data-activity=\"" + TASK_REVIEW_REQUEST + "\"").contains("/css/audit.css");
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> activitiesInOrder(String html) {
        Matcher matcher = ACTIVITY.matcher(html);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String row(String html, String activityId) {
        return row(html, activityId, "data-activity");
    }

    private static String row(String html, String id, String attribute) {
        return Arrays.stream(html.split("<tr")).filter(row -> row.contains(attribute + "=\"" + id + "\""))
                .findFirst().orElseThrow();
    }
}
