package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentFitAdvisor;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ParcoursIntegrationTest
class IntakeReviewControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    AccompanimentRepository accompaniments;

    @Test
    void showsTheRequestToTheOfficerOfTheDepartment() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        mvc.perform(get("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/intake-review"))
                .andExpect(model().attribute("accompaniment", org.hamcrest.Matchers.hasProperty("id",
                        org.hamcrest.Matchers.is(opened.getId()))));
    }

    @Test
    void showsTheFitSuggestedByTheDecisionTableAsAHint() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        MvcResult result = mvc.perform(get("/dla/tasks/{id}/intake-review", task.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andReturn();

        AccompanimentFitAdvisor.Suggestion fit =
                (AccompanimentFitAdvisor.Suggestion) result.getModelAndView().getModel().get("fit");
        assertThat(fit.fit()).isEqualTo(AccompanimentFitAdvisor.Fit.ACCEPT);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"fit-suggestion\"",
                "Suggestion : accepter pour un diagnostic partagé", fit.reason());
    }

    @Test
    void aReferralWithoutPartnerOrReasonIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("outcome", "REFERRED").param("referralPartner", " ").param("referralReason", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/intake-review"))
                .andExpect(model().attributeHasFieldErrors("form", "referralPartner", "referralReason"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.INTAKE);
    }

    @Test
    void aForgedOutcomeIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("outcome", "APPROVED_BY_MAGIC"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "outcome"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void acceptingMovesTheCaseToTheDiagnostic() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("outcome", "ACCEPTED_FOR_DIAGNOSTIC"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.DIAGNOSTIC);
        scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW);
    }

    @Test
    void aTaskCompletedMeanwhileGivesAClearMessage() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);
        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                .param("outcome", "ACCEPTED_FOR_DIAGNOSTIC"));

        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("outcome", "ACCEPTED_FOR_DIAGNOSTIC"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("warning", "task.gone"));
    }

    @Test
    void anOfficerOfAnotherDepartmentSeesNothingOfTheTask() throws Exception {
        Accompaniment opened = scenario.openInNice();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_REVIEW_REQUEST);

        mvc.perform(get("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/dla/tasks/{id}/intake-review", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf())
                        .param("outcome", "ACCEPTED_FOR_DIAGNOSTIC"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());

        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.INTAKE);
    }

    @Test
    void aConsultantCannotOpenOfficerPages() throws Exception {
        Accompaniment opened = scenario.openInNice();
        mvc.perform(get("/dla/accompaniments/{id}", opened.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }
}
