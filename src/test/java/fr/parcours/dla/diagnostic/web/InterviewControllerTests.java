package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class InterviewControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheFormToTheOfficerOfTheDepartment() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW);

        mvc.perform(get("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/interview"))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void emptyOrMisdatedInterviewsAreRefusedAndChangeNothing() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW);

        mvc.perform(post("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("heldOn", LocalDate.now().minusDays(1).toString()).param("participants", " ")
                        .param("notes", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/interview"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "DateBeforeOpening"))
                .andExpect(model().attributeHasFieldErrors("form", "participants", "notes", "moreInterviews"));
        mvc.perform(post("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(1).toString()).param("participants", "Marie Durand")
                        .param("moreInterviews", "maybe"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "DateInFuture"))
                .andExpect(model().attributeHasFieldErrorCode("form", "moreInterviews", "typeMismatch"));
        mvc.perform(post("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("heldOn", "31/02/2026").param("participants", "Marie Durand").param("moreInterviews", "false"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "typeMismatch"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(interviews(opened)).isZero();
    }

    @Test
    void aValidInterviewIsRecordedAndLeadsToTheThemes() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW);

        mvc.perform(post("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("participants", "  Marie Durand, présidente  ").param("notes", "")
                        .param("moreInterviews", "false"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(jdbc.queryForMap("select participants, notes from diagnostic_interview where accompaniment_id = ?",
                opened.getId())).containsEntry("participants", "Marie Durand, présidente").containsEntry("notes", null);
        scenario.task(task.getProcessInstanceId(), TASK_ASSESS_THEMES);
    }

    @Test
    void anOfficerOfAnotherDepartmentSeesNothingOfTheTask() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_HOLD_INTERVIEW);

        mvc.perform(get("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("participants", "Marie Durand")
                        .param("moreInterviews", "false"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/tasks/{id}/interview", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());

        assertThat(interviews(opened)).isZero();
    }

    private int interviews(Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from diagnostic_interview where accompaniment_id = ?", Integer.class,
                accompaniment.getId());
    }
}
