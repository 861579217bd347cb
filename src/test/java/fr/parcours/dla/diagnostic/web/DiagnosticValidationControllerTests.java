package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;
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
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
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
class DiagnosticValidationControllerTests {

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheForm() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_VALIDATE_DIAGNOSTIC, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_VALIDATE_DIAGNOSTIC);

        mvc.perform(get("/dla/tasks/{id}/diagnostic-validation", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/validation"))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void anUnconfirmedOrMisdatedValidationIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_VALIDATE_DIAGNOSTIC, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_VALIDATE_DIAGNOSTIC);

        mvc.perform(post("/dla/tasks/{id}/diagnostic-validation", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf()).param("validatedOn", LocalDate.now().plusDays(3).toString())
                        .param("validators", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/validation"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "validatedOn", "DateInFuture"))
                .andExpect(model().attributeHasFieldErrorCode("form", "validators", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmed", "AssertTrue"));
        mvc.perform(post("/dla/tasks/{id}/diagnostic-validation", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf()).param("validators", "").param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "validatedOn", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "validators", "NotBlank"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from diagnostic_validation where accompaniment_id = ?",
                Integer.class, opened.getId())).isZero();
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.INTAKE);
    }

    @Test
    void aConfirmedValidationStartsThePlan() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_VALIDATE_DIAGNOSTIC, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_VALIDATE_DIAGNOSTIC);

        mvc.perform(post("/dla/tasks/{id}/diagnostic-validation", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf()).param("validatedOn", LocalDate.now().toString())
                        .param("validators", "Marie Durand, présidente").param("confirmed", "true"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PLAN);
        scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);
    }
}
