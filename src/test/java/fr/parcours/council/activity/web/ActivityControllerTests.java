package fr.parcours.council.activity.web;

import static fr.parcours.council.process.CouncilCycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.activity.OtherActivity;
import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Time spent on every cycle form and on the other-activity form, the sheet, its print and CSV, and who reads them. */
@ParcoursIntegrationTest
class ActivityControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilActivities activities;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    private Council council;
    private String facilitator;
    private CouncilCycle cycle;

    @BeforeEach
    void startCycle() {
        council = councilScenario.parisCouncil(4, 2);
        facilitator = councilScenario.facilitatorOf(council);
        cycle = councilScenario.startCycle(council);
    }

    @Test
    void badHoursOnEachCycleFormGiveAFieldErrorAndSaveNothing() throws Exception {
        Task mobilisation = task(TASK_RECORD_MOBILISATION);
        for (String bad : List.of("25", "1.1", "-0.25", "deux")) {
            mvc.perform(post("/councils/tasks/{id}/mobilisation", mobilisation.getId()).with(logins.as(facilitator))
                            .with(csrf()).param("kind", "STAND").param("heldOn", "2017-04-01").param("contactsMade", "30")
                            .param("newMembers", "2").param("hoursSpent", bad))
                    .andExpect(status().isOk()).andExpect(view().name("council/mobilisation"))
                    .andExpect(model().attributeHasFieldErrors("form", "hoursSpent"));
        }
        assertUnchanged(mobilisation, "council_mobilisation_action");
        mvc.perform(post("/councils/tasks/{id}/mobilisation", mobilisation.getId()).with(logins.as(facilitator))
                        .with(csrf()).param("kind", "STAND").param("heldOn", "2017-04-01").param("contactsMade", "30")
                        .param("newMembers", "2").param("hoursSpent", "1.25"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select hours from council_activity where cycle_id = ?", BigDecimal.class,
                cycle.getId())).isEqualByComparingTo("1.25");

        Task preparation = task(TASK_PREPARE_MEETING);
        mvc.perform(post("/councils/tasks/{id}/preparation", preparation.getId()).with(logins.as(facilitator))
                        .with(csrf()).param("plannedOn", "2017-04-20").param("agenda", "Propreté")
                        .param("room", "Centre social").param("hoursSpent", "24.25"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hoursSpent"));
        assertUnchanged(preparation, "council_meeting");
        scenario.complete(preparation, facilitator, VAR_SUBMISSION, new fr.parcours.council.cycles.MeetingPreparation(
                CouncilScenario.MEETING, "Propreté", true, "Centre social", facilitator));

        Task meeting = task(TASK_HOLD_MEETING);
        mvc.perform(post("/councils/tasks/{id}/meeting", meeting.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("held", "false").param("cancelReason", "Salle fermée").param("hoursSpent", "0.1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hoursSpent"));
        assertThat(taskService.createTaskQuery().taskId(meeting.getId()).count()).isEqualTo(1);
        assertThat(activityCount()).isEqualTo(2);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Marche exploratoire"));

        Task followUp = task(TASK_FOLLOW_UP_ACTIONS);
        mvc.perform(post("/councils/tasks/{id}/follow-up", followUp.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("hoursSpent", "100"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hoursSpent"));
        assertThat(taskService.createTaskQuery().taskId(followUp.getId()).count()).isEqualTo(1);
        scenario.complete(followUp, facilitator, VAR_SUBMISSION, new ActionFollowUp(List.of(), facilitator));

        Task report = task(TASK_WRITE_CYCLE_REPORT);
        mvc.perform(post("/councils/tasks/{id}/report", report.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("report", "Bon cycle").param("hoursSpent", "1,5"))
                .andExpect(status().isOk()).andExpect(view().name("council/report"))
                .andExpect(model().attributeHasFieldErrors("form", "hoursSpent"));
        assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
        assertThat(activityCount()).isEqualTo(4);
        mvc.perform(post("/councils/tasks/{id}/report", report.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("report", "Bon cycle").param("hoursSpent", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(activityCount()).isEqualTo(5);
    }

    @Test
    void theOtherActivityFormRefusesBadInputAndIsForFacilitatorsOnly() throws Exception {
        mvc.perform(get("/councils/activity/new").with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/activity-new"));
        mvc.perform(post("/councils/activity/new").with(logins.as(facilitator)).with(csrf())
                        .param("councilId", council.getId().toString())
                        .param("performedOn", LocalDate.now().plusDays(2).toString())
                        .param("hours", "24.5").param("description", " "))
                .andExpect(status().isOk()).andExpect(view().name("council/activity-new"))
                .andExpect(model().attributeHasFieldErrors("form", "performedOn", "axis", "hours", "description"));
        mvc.perform(post("/councils/activity/new").with(logins.as(facilitator)).with(csrf())
                        .param("councilId", council.getId().toString()).param("performedOn", "2017-03-02")
                        .param("axis", "PARTICIPATION").param("hours", "2.3").param("description", "Atelier"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hours"));
        assertThat(otherCount()).isZero();

        mvc.perform(post("/councils/activity/new").with(logins.as(facilitator)).with(csrf())
                        .param("councilId", council.getId().toString()).param("performedOn", "2017-03-02")
                        .param("axis", "PARTICIPATION").param("hours", "2.75").param("description", "Atelier"))
                .andExpect(status().is3xxRedirection());
        assertThat(otherCount()).isEqualTo(1);

        Council elsewhere = councilScenario.parisCouncil(1, 1);
        mvc.perform(post("/councils/activity/new").with(logins.as(facilitator)).with(csrf())
                        .param("councilId", elsewhere.getId().toString()).param("performedOn", "2017-03-02")
                        .param("axis", "PARTICIPATION").param("hours", "1").param("description", "Ailleurs"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/activity/new").with(logins.as(coordinator("11")))).andExpect(status().isForbidden());
        assertThat(otherCount()).isEqualTo(1);
    }

    @Test
    void theCsvListsThePeriodsActivitiesInFrenchWithABomAndSemicolons() throws Exception {
        other(LocalDate.of(2017, 3, 1), ActivityAxis.COUNCIL_ACTIONS, "1.5", "Dossier; subvention");
        other(LocalDate.of(2017, 4, 1), ActivityAxis.MOBILISATION, "3", "Hors période");

        byte[] body = mvc.perform(get("/councils/activity/export.csv").with(logins.as(facilitator))
                        .param("from", "2017-03-01").param("to", "2017-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFAnimateur;Conseil;Date;Axe;Activité;Cycle;Heures;Description\r\n");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("Animateur Test;" + council.getName()
                + ";01/03/2017;3. Aider à la réalisation des actions du conseil;Autre activité;;1,5;\"Dossier; subvention\"");
    }

    @Test
    void aFacilitatorSeesOnlyTheirSheetACoordinatorTheirRegionsAndAnOfficerNothing() throws Exception {
        other(LocalDate.of(2017, 3, 10), ActivityAxis.MOBILISATION, "2", "Stand au marché");
        String colleague = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));

        mvc.perform(get("/councils/activity").with(logins.as(facilitator)).param("from", "2017-03-01")
                        .param("to", "2017-03-31"))
                .andExpect(status().isOk()).andExpect(view().name("council/activity"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stand au marché")));
        mvc.perform(get("/councils/activity").with(logins.as(colleague)).param("facilitator", facilitator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/activity/export.csv").with(logins.as(colleague)).param("facilitator", facilitator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/activity/print").with(logins.as(colleague)).param("facilitator", facilitator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/activity").with(logins.as(coordinator("32"))).param("facilitator", facilitator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/activity").with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isForbidden());
        mvc.perform(get("/councils/activity/export.csv").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isForbidden());

        String print = mvc.perform(get("/councils/activity/print").with(logins.as(coordinator("11")))
                        .param("facilitator", facilitator).param("from", "2017-03-01").param("to", "2017-03-31"))
                .andExpect(status().isOk()).andExpect(view().name("council/activity-print"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(print).contains("Stand au marché", "council-activity-print.css").doesNotContain("navbar");
    }

    @Test
    void facilitatorsCoordinatorsAndAdminsFindTheActivitySheetInTheMenuOthersDoNot() throws Exception {
        String menuLink = "<a class=\"nav-link\" href=\"/councils/activity\">";
        for (String user : List.of(facilitator, DemoUsers.COORDINATOR_LILLE, DemoUsers.ADMIN)) {
            mvc.perform(get("/").with(logins.as(user)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(menuLink)));
        }
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.AUDITOR)) {
            mvc.perform(get("/").with(logins.as(user)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(menuLink))));
        }
    }

    private Task task(String key) {
        return scenario.task(cycle.getProcessInstanceId(), key);
    }

    private void assertUnchanged(Task task, String table) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where cycle_id = ?", Integer.class,
                cycle.getId())).isZero();
        assertThat(activityCount()).isEqualTo(table.equals("council_mobilisation_action") ? 0 : 1);
    }

    private int activityCount() {
        return jdbc.queryForObject("select count(*) from council_activity where cycle_id = ?", Integer.class, cycle.getId());
    }

    private int otherCount() {
        return jdbc.queryForObject("select count(*) from council_activity where facilitator_id = ? and kind = 'OTHER'",
                Integer.class, facilitator);
    }

    private void other(LocalDate on, ActivityAxis axis, String hours, String description) {
        activities.recordOther(new OtherActivity(council.getId(), on, axis, new BigDecimal(hours), description),
                facilitator, scopes.of(facilitator));
    }

    private String coordinator(String region) {
        String userId = "coord.web-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(userId, "Coordinatrice", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(userId, region));
        return userId;
    }
}
