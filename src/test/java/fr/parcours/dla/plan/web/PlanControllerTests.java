package fr.parcours.dla.plan.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
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
import fr.parcours.dla.plan.PlanFixtures;
import fr.parcours.dla.plan.PlanSummary;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class PlanControllerTests {

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
    void showsEightEmptyRowsForAFirstPlan() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);

        mvc.perform(get("/dla/tasks/{id}/plan", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/plan/plan"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attribute("form", hasProperty("axes", org.hamcrest.Matchers.hasSize(8))));
    }

    @Test
    void anEmptyIncompleteOrForgedPlanIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);

        mvc.perform(post("/dla/tasks/{id}/plan", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("axes[0].title", " ").param("axes[0].treatment", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/plan/plan"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "axes", "AtLeastOneAxis"));
        mvc.perform(post("/dla/tasks/{id}/plan", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("axes[0].title", "Clarifier les rôles").param("axes[0].treatment", "")
                        .param("axes[1].description", "Sans titre").param("axes[1].treatment", "INTERNAL_ACTION")
                        .param("axes[2].title", "Axe inventé").param("axes[2].treatment", "MAGIC")
                        .param("axes[3].title", "x".repeat(201)).param("axes[3].treatment", "REFERRAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "axes[0].treatment", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "axes[1].title", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "axes[2].treatment", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "axes[3].title", "Size"));
        mvc.perform(post("/dla/tasks/{id}/plan", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("axes[0].title", "Un axe").param("axes[0].treatment", "REFERRAL")
                        .param("axes[8].title", "Un neuvième axe").param("axes[8].treatment", "REFERRAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "axes", "Size"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(count("plan_axis", opened)).isZero();
        assertThat(count("engineering_mission", opened)).isZero();
    }

    @Test
    void blankRowsAreIgnoredAndTheOthersKeepTheirOrder() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);

        mvc.perform(post("/dla/tasks/{id}/plan", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("axes[0].title", "").param("axes[0].description", "")
                        .param("axes[1].title", "Restructurer la médiation").param("axes[1].treatment", "INDIVIDUAL_ENGINEERING")
                        .param("axes[4].title", "Diversifier les financements").param("axes[4].treatment", "REFERRAL")
                        .param("axes[4].description", "Orientation vers France Active"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(jdbc.queryForList("select title from plan_axis where accompaniment_id = ? order by priority",
                String.class, opened.getId())).containsExactly("Restructurer la médiation", "Diversifier les financements");
        assertThat(count("engineering_mission", opened)).isEqualTo(1);
        scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);
    }

    @Test
    void anAmendmentStartsFromTheCurrentRevision() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        complete(opened, TASK_DRAFT_PLAN, PlanFixtures.plan(Treatment.OFFICER_EXPERTISE, Treatment.REFERRAL));
        complete(opened, TASK_RECORD_COMMITTEE_OPINION, PlanFixtures.opinion(true));
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);

        PlanSummary shown = (PlanSummary) mvc.perform(get("/dla/tasks/{id}/plan", task.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", hasProperty("axes", org.hamcrest.Matchers.contains(
                        List.of(row("Axe OFFICER_EXPERTISE"), row("Axe REFERRAL"), row(null), row(null), row(null),
                                row(null), row(null), row(null))))))
                .andReturn().getModelAndView().getModel().get("plan");
        assertThat(shown.revision()).isEqualTo(1);
    }

    private static org.hamcrest.Matcher<Object> row(String title) {
        return hasProperty("title", is(title));
    }

    private void complete(Accompaniment accompaniment, String taskKey, Object submission) {
        scenario.complete(scenario.task(accompaniment.getProcessInstanceId(), taskKey), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, submission);
    }

    private int count(String table, Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from " + table + " where accompaniment_id = ?", Integer.class,
                accompaniment.getId());
    }
}
