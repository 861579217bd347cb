package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.audit.AuditRecord;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentCaseFile.NextTask;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The case file of one accompaniment: its data, who holds the next task, its timeline, and who may see it. */
@ParcoursIntegrationTest
class AccompanimentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;

    @Test
    void showsTheFiveNationalPhasesAsAProgressLineWithTheCurrentOneMarked() throws Exception {
        Accompaniment opened = scenario.openInNice();
        scenario.complete(scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null,
                        DemoUsers.OFFICER_NICE));

        String page = mvc.perform(get("/dla/accompaniments/{id}", opened.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String progress = page.substring(page.indexOf("<ol id=\"phase-progress\""), page.indexOf("</ol>",
                page.indexOf("<ol id=\"phase-progress\"")));
        assertThat(progress.split("<li ")).hasSize(6);
        assertThat(progress).containsSubsequence("1. Accueil", "(terminée)", "2. Diagnostic partagé", "(en cours)",
                "3. Élaboration du parcours", "(à venir)", "4. Mise en œuvre (ingénierie)", "(à venir)",
                "5. Suivi et consolidation", "(à venir)");
        assertThat(progress.split("aria-current=\"step\"", -1)).hasSize(2);
        assertThat(progress.substring(progress.indexOf("aria-current"))).contains("2. Diagnostic partagé")
                .doesNotContain("1. Accueil");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheNextTaskAndATimelineOfWhatWasDone() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Accompaniment opened = scenario.openInNice();
        scenario.complete(scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null,
                        DemoUsers.OFFICER_NICE));

        MvcResult result = mvc.perform(get("/dla/accompaniments/{id}", opened.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/accompaniment"))
                .andReturn();

        List<AuditRecord> timeline = (List<AuditRecord>) result.getModelAndView().getModel().get("timeline");
        assertThat(timeline).extracting(AuditRecord::getAction).containsExactly("opened", "intake-accepted");
        assertThat(timeline).extracting(AuditRecord::getActor).containsOnly(DemoUsers.OFFICER_NICE);
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.getOccurredAt()).isAfter(before));
        assertThat(result.getResponse().getContentAsString())
                .as("the timeline names people, not account ids").contains(">Camille Roux</td>");

        List<NextTask> nextTasks = (List<NextTask>) result.getModelAndView().getModel().get("nextTasks");
        String interview = scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW).getName();
        assertThat(nextTasks).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo(interview);
            assertThat(task.due()).isAfter(Instant.now());
            assertThat(task.overdue()).isFalse();
        });

        String page = result.getResponse().getContentAsString();
        assertThat(page).contains(opened.getOrganisation().getSiret(), "Diagnostic partagé", interview,
                "chargé·es d&#39;accompagnement DLA du département 06",
                "Demande enregistrée", "Accueil : acceptée pour un diagnostic partagé").doesNotContain("??");
        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).param("lang", "en")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(content().string(containsString("Intake: accepted for a shared diagnostic")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
    }

    @Test
    void showsWhoHoldsATaskOnceClaimed() throws Exception {
        Accompaniment opened = scenario.openInNice();
        String taskId = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST).getId();
        scenario.as(DemoUsers.OFFICER_NICE, () -> {
            taskService.claim(taskId, DemoUsers.OFFICER_NICE);
            return null;
        });

        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Prise par Camille Roux")));
    }

    @Test
    void anOfficerOfAnotherDepartmentGetsNotFound() throws Exception {
        Accompaniment opened = scenario.openInNice();

        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aConsultantIsForbidden() throws Exception {
        Accompaniment opened = scenario.openInNice();

        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/dla/accompaniments/{id}", Long.MAX_VALUE).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isNotFound());
    }
}
