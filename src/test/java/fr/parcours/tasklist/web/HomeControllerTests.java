package fr.parcours.tasklist.web;

import static fr.parcours.tasklist.web.TaskListCases.page;
import static fr.parcours.tasklist.web.TaskListCases.taskIds;
import static fr.parcours.tasklist.web.TaskListCases.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.OpenTask;
import fr.parcours.tasklist.TaskPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class HomeControllerTests {

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
    @Autowired
    UserAccounts userAccounts;

    @Test
    void theNiceOfficerSeesANiceTaskAndTheLilleOfficerDoesNot() throws Exception {
        String name = uniqueName("Visibility");
        Task review = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");

        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "view", "groups", "organisation", name))).containsExactly(review.getId());
        assertThat(taskIds(list(DemoUsers.OFFICER_LILLE, "view", "groups", "organisation", name))).isEmpty();
        assertThat(taskIds(list(DemoUsers.OFFICER_LILLE, "view", "groups"))).doesNotContain(review.getId());
        assertThat(scenario.as(DemoUsers.OFFICER_LILLE,
                () -> taskService.createTaskQuery().taskId(review.getId()).count())).isZero();
        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "organisation", name)))
                .as("an unclaimed task is not in 'my tasks'").isEmpty();
    }

    @Test
    void opensOnTheGroupsUnclaimedWorkWhenNothingIsAssignedAndOnMyTasksOnceSomethingIs() throws Exception {
        String officer = "tasklist.landing";
        userAccounts.createIfMissing(officer, "Lina", "Landing", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "T8", "T88"));
        Task review = cases.open(officer, uniqueName("Landing"), "T88", "T8");
        taskService.setAssignee(review.getId(), null);

        MvcResult landing = list(officer);
        assertThat(filtersOf(landing).getView()).isEqualTo("groups");
        assertThat(taskIds(landing)).contains(review.getId());
        assertThat(page(list(officer, "view", "mine")).total()).as("an explicit tab is kept").isZero();

        taskService.setAssignee(review.getId(), officer);
        MvcResult mine = list(officer);
        assertThat(filtersOf(mine).getView()).isEqualTo("mine");
        assertThat(taskIds(mine)).containsExactly(review.getId());
    }

    private static TaskListFormData filtersOf(MvcResult result) {
        return (TaskListFormData) result.getModelAndView().getModel().get("filters");
    }

    @Test
    void filtersOnOrganisationAndPhaseFromTheCaseData() throws Exception {
        String name = uniqueName("Phases");
        Task review = cases.open(DemoUsers.OFFICER_NICE, name + " Alpha", "06", "93");
        Task interview = cases.acceptForDiagnostic(
                cases.open(DemoUsers.OFFICER_NICE, name + " Beta", "06", "93"), DemoUsers.OFFICER_NICE);
        String lowerCase = name.toLowerCase();

        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "view", "groups", "organisation", lowerCase)))
                .containsExactlyInAnyOrder(review.getId(), interview.getId());
        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "view", "groups", "organisation", name + " beta")))
                .containsExactly(interview.getId());
        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "view", "groups", "phase", "DIAGNOSTIC", "organisation", lowerCase)))
                .containsExactly(interview.getId());
        MvcResult intake = list(DemoUsers.OFFICER_NICE, "view", "groups", "phase", "INTAKE", "organisation", lowerCase);
        assertThat(taskIds(intake)).containsExactly(review.getId());
        assertThat(page(intake).tasks().get(0).caseSummary().phaseKey()).isEqualTo("phase.INTAKE");
        assertThat(taskIds(list(DemoUsers.OFFICER_NICE, "view", "groups", "organisation", name.replace(' ', '%')))).isEmpty();
    }

    @Test
    void aForgedPhaseOrAMalformedDateIsReportedAndIgnored() throws Exception {
        mvc.perform(get("/").param("view", "groups").param("phase", "EVERYTHING").param("dueBefore", "tomorrow")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andExpect(model().attributeHasFieldErrors("filters", "phase", "dueBefore"));
    }

    @Test
    void pagesHold25TasksAndPageLinksKeepTheFilters() throws Exception {
        String officer = "tasklist.pager";
        userAccounts.createIfMissing(officer, "Paula", "Pager", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "T9", "T99"));
        String name = uniqueName("Paging");
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            opened.add(cases.open(officer, name + " " + i, "T99", "T9").getId());
        }

        MvcResult first = list(officer, "view", "groups");
        TaskPage firstPage = page(first);
        assertThat(firstPage.total()).isEqualTo(27);
        assertThat(firstPage.tasks()).hasSize(25);
        assertThat(firstPage.lastPage()).isEqualTo(1);
        List<String> all = new ArrayList<>(taskIds(first));
        all.addAll(taskIds(list(officer, "view", "groups", "page", "1")));
        assertThat(all).containsExactlyInAnyOrderElementsOf(opened);

        MvcResult filtered = list(officer, "view", "groups", "organisation", name);
        assertThat(page(filtered).total()).isEqualTo(27);
        assertThat(filtered.getResponse().getContentAsString())
                .contains("/?view=groups&amp;organisation=" + name.replace(" ", "+") + "&amp;page=1");
        assertThat(page(list(officer, "view", "groups", "page", "99")).page()).as("a page past the end shows the last")
                .isEqualTo(1);
    }

    @Test
    void marksOverdueTasksInRedAndTasksDueWithinThreeDaysInAmber() throws Exception {
        String name = uniqueName("Due");
        Task late = cases.open(DemoUsers.OFFICER_NICE, name + " late", "06", "93");
        Task soon = cases.open(DemoUsers.OFFICER_NICE, name + " soon", "06", "93");
        Task later = cases.open(DemoUsers.OFFICER_NICE, name + " later", "06", "93");
        taskService.setDueDate(late.getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        taskService.setDueDate(soon.getId(), Date.from(Instant.now().plus(2, ChronoUnit.DAYS)));

        MvcResult result = list(DemoUsers.OFFICER_NICE, "view", "groups", "organisation", name);
        List<OpenTask> tasks = page(result).tasks();
        assertThat(tasks).extracting(OpenTask::id).containsExactly(late.getId(), soon.getId(), later.getId());
        assertThat(tasks).extracting(OpenTask::overdue).containsExactly(true, false, false);
        assertThat(tasks).extracting(OpenTask::dueSoon).containsExactly(false, true, false);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("task-marker-overdue", "text-bg-danger", "task-marker-due-soon", "text-bg-warning");

        assertThat(taskIds(list(DemoUsers.OFFICER_NICE,
                "view", "groups", "organisation", name, "dueBefore", LocalDate.now().toString())))
                .containsExactly(late.getId());
    }

    @Test
    void htmxRequestsGetOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/").param("view", "groups").header("HX-Request", "true")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"task-results\"").doesNotContain("<html", "task-filters");
    }

    /** The task list as this user, with these query parameters (name, value, name, value…). */
    private MvcResult list(String userId, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/").with(logins.as(userId));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andReturn();
    }
}
