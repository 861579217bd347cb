package fr.parcours.audit.web;

import static fr.parcours.dla.process.DlaIndividualProcess.START;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_INTAKE_DECISION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's case history names the engine's activities in the auditor's language, on screen and in print. */
@ParcoursIntegrationTest
class CaseHistoryStepNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    DlaJourney journey;

    @Test
    void theHistoryNamesEachActivityInEnglishForAnEnglishReaderAndInFrenchOtherwise() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        journey.complete(accompaniment.getProcessInstanceId(), TASK_REVIEW_REQUEST, DemoUsers.OFFICER_NICE,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, DemoUsers.OFFICER_NICE));

        String english = page("/audit/cases/{id}?lang=en", accompaniment.getId());
        assertThat(step(english, START)).contains(">Request received<").doesNotContain("Demande reçue");
        assertThat(step(english, TASK_REVIEW_REQUEST)).contains(">Review the request (intake)<")
                .doesNotContain("Étudier la demande");
        assertThat(step(english, TASK_RECORD_INTAKE_DECISION)).contains(">Record the intake decision<");
        assertThat(step(english, TASK_HOLD_INTERVIEW)).contains(">Hold a diagnostic interview<");
        assertThat(step(page("/audit/cases/{id}?lang=en&print=true", accompaniment.getId()), TASK_REVIEW_REQUEST))
                .contains(">Review the request (intake)<");

        String french = page("/audit/cases/{id}?lang=fr", accompaniment.getId());
        assertThat(step(french, START)).contains(">Demande reçue<");
        assertThat(step(french, TASK_REVIEW_REQUEST)).contains(">Étudier la demande (accueil)<");
        assertThat(step(french, TASK_RECORD_INTAKE_DECISION)).contains(">Enregistrer la décision d&#39;accueil<");
    }

    @Test
    void theDiagramNamesItsStepsInTheReadersLanguage() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();

        assertThat(page("/audit/cases/{id}/diagram.bpmn?lang=en", accompaniment.getId()))
                .contains("name=\"Review the request (intake)\"", "name=\"Request received\"")
                .doesNotContain("Étudier la demande (accueil)");
        assertThat(page("/audit/cases/{id}/diagram.bpmn?lang=fr", accompaniment.getId()))
                .contains("name=\"Étudier la demande (accueil)\"", "name=\"Demande reçue\"")
                .doesNotContain("Review the request (intake)");
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String step(String html, String activityId) {
        return Arrays.stream(html.split("<tr")).filter(row -> row.contains("data-activity=\"" + activityId + "\""))
                .findFirst().orElseThrow();
    }
}
