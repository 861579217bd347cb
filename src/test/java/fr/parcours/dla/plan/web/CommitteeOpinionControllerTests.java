package fr.parcours.dla.plan.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
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
import fr.parcours.dla.plan.PlanFixtures;
import fr.parcours.dla.plan.Treatment;
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
class CommitteeOpinionControllerTests {

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
    void showsTheFormWithThePlan() throws Exception {
        Accompaniment opened = withPlan();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);

        mvc.perform(get("/dla/tasks/{id}/committee-opinion", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/plan/committee-opinion"))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void anIncompleteOrMisdatedOpinionIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = withPlan();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);

        mvc.perform(post("/dla/tasks/{id}/committee-opinion", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf()).param("meetingOn", LocalDate.now().minusDays(2).toString())
                        .param("membersPresent", "").param("opinion", " ").param("recommendations", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/plan/committee-opinion"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingOn", "DateBeforeOpening"))
                .andExpect(model().attributeHasFieldErrorCode("form", "membersPresent", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "opinion", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "recommendations", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "amendPlan", "NotNull"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from committee_opinion where accompaniment_id = ?",
                Integer.class, opened.getId())).isZero();
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.SUPPORT_COMMITTEE);
    }

    @Test
    void anAmendmentSendsTheOfficerBackToThePlan() throws Exception {
        Accompaniment opened = withPlan();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);

        mvc.perform(post("/dla/tasks/{id}/committee-opinion", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf()).param("meetingOn", LocalDate.now().toString())
                        .param("membersPresent", "DDETS, Département, Ville de Nice").param("opinion", "Réservé")
                        .param("recommendations", "Commencer par le modèle économique").param("amendPlan", "true"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(jdbc.queryForObject("select amend_plan from committee_opinion where accompaniment_id = ?",
                Boolean.class, opened.getId())).isTrue();
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PLAN);
        scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);
    }

    @Test
    void anOfficerOfAnotherDepartmentSeesNothingOfTheTask() throws Exception {
        Accompaniment opened = withPlan();
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);

        mvc.perform(get("/dla/tasks/{id}/committee-opinion", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/tasks/{id}/committee-opinion", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }

    private Accompaniment withPlan() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        scenario.complete(scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, PlanFixtures.plan(Treatment.INTERNAL_ACTION));
        return opened;
    }
}
