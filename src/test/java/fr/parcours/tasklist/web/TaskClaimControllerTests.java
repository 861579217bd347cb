package fr.parcours.tasklist.web;

import static fr.parcours.tasklist.web.TaskListCases.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class TaskClaimControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskListCases cases;
    @Autowired
    TaskService taskService;

    @Test
    void anOfficerClaimsAGroupTaskWhichOpensItsFormThenGivesItBack() throws Exception {
        String name = uniqueName("Claim");
        Task review = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");

        mvc.perform(post("/tasks/{id}/claim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("view", "groups").param("organisation", name).param("phase", "").param("dueBefore", ""))
                .andExpect(redirectedUrl("/tasks/" + review.getId()));
        assertThat(assignee(review)).isEqualTo(DemoUsers.OFFICER_NICE);
        mvc.perform(get("/tasks/{id}", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(redirectedUrl("/dla/tasks/" + review.getId() + "/intake-review"));
        assertThat(TaskListCases.taskIds(mvc.perform(get("/").param("organisation", name)
                .with(logins.as(DemoUsers.OFFICER_NICE))).andReturn())).containsExactly(review.getId());

        mvc.perform(post("/tasks/{id}/unclaim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf()))
                .andExpect(redirectedUrl("/?view=mine"))
                .andExpect(flash().attribute("success", "tasklist.unclaimed"));
        assertThat(assignee(review)).isNull();
    }

    @Test
    void claimingATaskCompletedMeanwhileGivesAWarning() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Completed"), "06", "93");
        cases.acceptForDiagnostic(review, DemoUsers.OFFICER_NICE);

        mvc.perform(post("/tasks/{id}/claim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("view", "groups"))
                .andExpect(redirectedUrl("/?view=groups"))
                .andExpect(flash().attribute("warning", "task.gone"));
    }

    @Test
    void claimingATaskSomeoneElseJustClaimedGivesAWarning() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Taken"), "06", "93");
        taskService.claim(review.getId(), "colleague.nice");

        mvc.perform(post("/tasks/{id}/claim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("view", "groups"))
                .andExpect(flash().attribute("warning", "tasklist.taken"));
        mvc.perform(post("/tasks/{id}/unclaim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf()))
                .andExpect(flash().attribute("warning", "tasklist.not-yours"));
        assertThat(assignee(review)).isEqualTo("colleague.nice");
    }

    @Test
    void onlyTheCandidateGroupMayClaimAndTheEngineEnforcesIt() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Foreign"), "06", "93");

        mvc.perform(post("/tasks/{id}/claim", review.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf()))
                .andExpect(redirectedUrl("/?view=mine"))
                .andExpect(flash().attribute("warning", "task.gone"));
        assertThatThrownBy(() -> scenario.as(DemoUsers.OFFICER_LILLE, () -> {
            taskService.claim(review.getId(), DemoUsers.OFFICER_LILLE);
            return null;
        })).isInstanceOf(AuthorizationException.class);
        assertThat(assignee(review)).isNull();
    }

    @Test
    void claimingWithoutACsrfTokenIsRefused() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Csrf"), "06", "93");

        mvc.perform(post("/tasks/{id}/claim", review.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isForbidden());
        assertThat(assignee(review)).isNull();
    }

    private String assignee(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }
}
