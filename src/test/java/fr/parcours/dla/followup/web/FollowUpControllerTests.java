package fr.parcours.dla.followup.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.TIMER_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_FOLLOW_UPS_DONE;
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
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class FollowUpControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheFormToTheOfficerOfTheDepartment() throws Exception {
        Task task = followUpTask(inFollowUp());

        FollowUpContext context = (FollowUpContext) mvc.perform(get("/dla/tasks/{id}/follow-up", task.getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/follow-up/form"))
                .andReturn().getModelAndView().getModel().get("context");

        assertThat(context.number()).isEqualTo(1);
        assertThat(context.lastPlanned()).isFalse();
        assertThat(context.aidedContractsLeft()).isEqualTo(2);
    }

    @Test
    void emptyAndNegativeValuesAreRefusedAndChangeNothing() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(submit(task).param("meetingDate", "").param("effects", " ").param("jobsConsolidated", "-1")
                        .param("aidedContractsMadePermanent", "").param("fundingObtained", "-10"))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/follow-up/form"))
                .andExpect(model().attributeHasFieldErrors("form", "meetingDate", "effects", "jobsConsolidated",
                        "aidedContractsMadePermanent", "fundingObtained"));

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void aMeetingBeforeTheOpeningOrInTheFutureIsRefused() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(valid(task, "meetingDate", LocalDate.now().minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingDate", "followup.date.before-opening"));
        mvc.perform(valid(task, "meetingDate", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingDate", "PastOrPresent"));

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void moreAidedContractsThanTheStructureHasAreRefused() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(valid(task, "aidedContractsMadePermanent", "3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "aidedContractsMadePermanent",
                        "followup.aided-contracts.too-many"));

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void malformedOrTooPreciseAmountsAreRefused() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(valid(task, "fundingObtained", "mille euros", "jobsConsolidated", "2.5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingObtained", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "jobsConsolidated", "typeMismatch"));
        mvc.perform(valid(task, "fundingObtained", "10.555"))
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingObtained", "Digits"));

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void aNewAccompanimentNeedsItsNeedsAndTheLastFollowUp() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(valid(task, "openNewAccompaniment", "true", "newNeeds", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newNeeds", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "openNewAccompaniment",
                        "followup.new-accompaniment.not-last"));

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void aValidFollowUpIsRecordedAndWaitsForTheNextOne() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(valid(task))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(jdbc.queryForObject("select jobs_consolidated from follow_up where accompaniment_id = ? and number = 1",
                Integer.class, accompaniment.getId())).isEqualTo(2);
        assertThat(runtimeService.getActivityInstance(accompaniment.getProcessInstanceId())
                .getActivityInstances(TIMER_FOLLOW_UP)).hasSize(1);
        assertThat(runtimeService.getVariable(accompaniment.getProcessInstanceId(), VAR_FOLLOW_UPS_DONE)).isEqualTo(1);
    }

    @Test
    void anOfficerOfAnotherDepartmentSeesNothingOfTheFollowUp() throws Exception {
        Accompaniment accompaniment = inFollowUp();
        Task task = followUpTask(accompaniment);

        mvc.perform(get("/dla/tasks/{id}/follow-up", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(valid(submit(task, DemoUsers.OFFICER_LILLE)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/accompaniments/{id}", accompaniment.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());

        assertNothingRecorded(accompaniment, task);
    }

    @Test
    void aConsultantCannotOpenTheForm() throws Exception {
        Task task = followUpTask(inFollowUp());

        mvc.perform(get("/dla/tasks/{id}/follow-up", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }

    private Accompaniment inFollowUp() {
        return scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
    }

    private Task followUpTask(Accompaniment accompaniment) {
        return scenario.task(accompaniment.getProcessInstanceId(), TASK_FOLLOW_UP);
    }

    private MockHttpServletRequestBuilder submit(Task task) {
        return submit(task, DemoUsers.OFFICER_NICE);
    }

    private MockHttpServletRequestBuilder submit(Task task, String userId) {
        return post("/dla/tasks/{id}/follow-up", task.getId()).with(logins.as(userId)).with(csrf());
    }

    /** A complete, valid follow-up as the Nice officer, with some fields replaced: name, value, name, value… */
    private MockHttpServletRequestBuilder valid(Task task, String... replaced) {
        return valid(submit(task), replaced);
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meetingDate", LocalDate.now().toString());
        fields.put("effects", "Rôles clarifiés, organigramme adopté");
        fields.put("jobsConsolidated", "2");
        fields.put("aidedContractsMadePermanent", "1");
        fields.put("fundingObtained", "12500.50");
        fields.put("actionsCarriedOut", "Réunions d'équipe");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private void assertNothingRecorded(Accompaniment accompaniment, Task task) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from follow_up where accompaniment_id = ?", Integer.class,
                accompaniment.getId())).isZero();
    }
}
