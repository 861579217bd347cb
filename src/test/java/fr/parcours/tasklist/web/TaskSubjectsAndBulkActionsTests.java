package fr.parcours.tasklist.web;

import static fr.parcours.tasklist.web.TaskListCases.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.tasklist.OpenTask;
import fr.parcours.tasklist.web.BulkTaskController.BulkReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Task list rows say what each task is about; tasks can be filtered by type, claimed and handed over in bulk. */
@ParcoursIntegrationTest
class TaskSubjectsAndBulkActionsTests {

    private static final String COLLEAGUE = "lea.test-handover";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    TaskListCases cases;
    @Autowired
    CollectiveScenario collectives;
    @Autowired
    TaskService taskService;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachPerStructureTaskOfACollectiveNamesItsStructure() throws Exception {
        CollectiveAccompaniment collective = collectives.openInHautsDeFrance();
        List<Organisation> structures = collectives.structures(2);
        collectives.mobilise(collective, structures);

        for (Organisation structure : structures) {
            // The name filter finds the collective through a structure taking part in it.
            MvcResult result = mvc.perform(get("/").param("view", "groups").param("organisation", structure.getName())
                    .with(logins.as(CollectiveScenario.COORDINATOR))).andReturn();
            Map<String, String> subjects = TaskListCases.page(result).tasks().stream()
                    .filter(task -> task.subject() != null)
                    .collect(Collectors.toMap(OpenTask::id, OpenTask::subject));
            assertThat(subjects).hasSize(2).containsValues(structures.get(0).getName(), structures.get(1).getName());
            assertThat(result.getResponse().getContentAsString()).contains(structures.get(0).getName());
        }
    }

    @Test
    void theTaskTypeFilterKeepsOnlyThatKindOfTask() throws Exception {
        String name = uniqueName("Type");
        Task review = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");
        Task interview = cases.acceptForDiagnostic(cases.open(DemoUsers.OFFICER_NICE, name + " bis", "06", "93"),
                DemoUsers.OFFICER_NICE);

        MvcResult reviews = mvc.perform(get("/").param("view", "groups").param("organisation", name)
                .param("type", DlaIndividualProcess.KEY + ":" + DlaIndividualProcess.TASK_REVIEW_REQUEST)
                .with(logins.as(DemoUsers.OFFICER_NICE))).andReturn();
        assertThat(TaskListCases.taskIds(reviews)).containsExactly(review.getId());
        MvcResult interviews = mvc.perform(get("/").param("view", "groups").param("organisation", name)
                .param("type", DlaIndividualProcess.KEY + ":" + DlaIndividualProcess.TASK_HOLD_INTERVIEW)
                .with(logins.as(DemoUsers.OFFICER_NICE))).andReturn();
        assertThat(TaskListCases.taskIds(interviews)).containsExactly(interview.getId());
    }

    @Test
    void anUnknownTaskTypeIsAFieldErrorAndFiltersNothing() throws Exception {
        mvc.perform(get("/").param("view", "groups").param("type", "dla-individual:Task_Forged")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filters", "type", "tasklist.type.unknown"));
    }

    @Test
    void aConsultantIsNotOfferedTheOfficersTaskTypes() throws Exception {
        MvcResult result = mvc.perform(get("/").with(logins.as(DemoUsers.CONSULTANT))).andReturn();
        @SuppressWarnings("unchecked")
        List<fr.parcours.tasklist.TaskType> types = (List<fr.parcours.tasklist.TaskType>)
                result.getModelAndView().getModel().get("taskTypes");
        assertThat(types).extracting(fr.parcours.tasklist.TaskType::taskKey)
                .contains(DlaIndividualProcess.TASK_WRITE_END_REPORT)
                .doesNotContain(DlaIndividualProcess.TASK_REVIEW_REQUEST);
    }

    @Test
    void anOfficerClaimsSeveralTasksAtOnceAndIsToldWhichCouldNotBe() throws Exception {
        String name = uniqueName("Bulk claim");
        Task first = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");
        Task second = cases.open(DemoUsers.OFFICER_NICE, name + " bis", "06", "93");
        Task taken = cases.open(DemoUsers.OFFICER_NICE, name + " ter", "06", "93");
        taskService.claim(taken.getId(), "colleague.nice");

        mvc.perform(post("/tasks/bulk/claim").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("taskIds", first.getId(), second.getId(), taken.getId())
                        .param("view", "groups").param("organisation", name))
                .andExpect(redirectedUrl("/?view=groups&organisation=" + name.replace(' ', '+')))
                .andExpect(flash().attribute("bulk", new BulkReport("tasklist.bulk.claimed", 2, 1)));

        assertThat(assignee(first)).isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(assignee(second)).isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(assignee(taken)).isEqualTo("colleague.nice");
    }

    @Test
    void nothingTickedIsSaidSo() throws Exception {
        mvc.perform(post("/tasks/bulk/claim").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf()))
                .andExpect(flash().attribute("warning", "tasklist.bulk.none"));
    }

    @Test
    void anOfficerHandsTasksToAColleagueOfTheDepartmentButNotToAnotherDepartment() throws Exception {
        accounts.createIfMissing(COLLEAGUE, "Léa", "Test", DemoUsers.PASSWORD,
                List.of(Groups.DLA_OFFICERS), UserScope.department(COLLEAGUE, "93", "06"));
        String name = uniqueName("Hand over");
        Task mine = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");
        Task unclaimed = cases.open(DemoUsers.OFFICER_NICE, name + " bis", "06", "93");
        taskService.claim(mine.getId(), DemoUsers.OFFICER_NICE);

        MvcResult page = mvc.perform(get("/").with(logins.as(DemoUsers.OFFICER_NICE))).andReturn();
        assertThat(page.getModelAndView().getModel().get("colleagues").toString()).contains(COLLEAGUE)
                .doesNotContain(DemoUsers.OFFICER_LILLE);

        mvc.perform(post("/tasks/bulk/hand-over").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("taskIds", mine.getId(), unclaimed.getId()).param("colleague", COLLEAGUE))
                .andExpect(flash().attribute("bulk", new BulkReport("tasklist.bulk.handed-over", 2, 0)));
        assertThat(assignee(mine)).isEqualTo(COLLEAGUE);
        assertThat(assignee(unclaimed)).isEqualTo(COLLEAGUE);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'task-handed-over'"
                + " and actor = ? and details like ?", Long.class, DemoUsers.OFFICER_NICE, "%" + COLLEAGUE)).isGreaterThanOrEqualTo(2);

        Task another = cases.open(DemoUsers.OFFICER_NICE, name + " ter", "06", "93");
        mvc.perform(post("/tasks/bulk/hand-over").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("taskIds", another.getId()).param("colleague", DemoUsers.OFFICER_LILLE))
                .andExpect(flash().attribute("bulk", new BulkReport("tasklist.bulk.handed-over", 0, 1)));
        assertThat(assignee(another)).isNull();
        // The colleague now holds the first task: the officer cannot hand it on again.
        mvc.perform(post("/tasks/bulk/hand-over").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("taskIds", mine.getId()).param("colleague", COLLEAGUE))
                .andExpect(flash().attribute("bulk", new BulkReport("tasklist.bulk.handed-over", 0, 1)));
    }

    @Test
    void anotherDepartmentsOfficerCannotHandOverTasksOutsideTheirScope() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Foreign"), "06", "93");

        mvc.perform(post("/tasks/bulk/hand-over").with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf())
                        .param("taskIds", review.getId()).param("colleague", DemoUsers.OFFICER_LILLE))
                .andExpect(flash().attribute("bulk", new BulkReport("tasklist.bulk.handed-over", 0, 1)));
        assertThat(assignee(review)).isNull();
    }

    @Test
    void consultantsAndFacilitatorsHandNothingOver() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Refused"), "06", "93");
        for (String user : List.of(DemoUsers.CONSULTANT, DemoUsers.FACILITATOR_PARIS)) {
            mvc.perform(post("/tasks/bulk/hand-over").with(logins.as(user)).with(csrf())
                            .param("taskIds", review.getId()).param("colleague", DemoUsers.OFFICER_NICE))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/tasks/bulk/claim").with(logins.as(DemoUsers.AUDITOR)).with(csrf())
                        .param("taskIds", review.getId()))
                .andExpect(status().isForbidden());
        assertThat(assignee(review)).isNull();
    }

    private String assignee(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }
}
