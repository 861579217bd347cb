package fr.parcours.dla.plan.web;

import static fr.parcours.dla.process.DlaIndividualProcess.KEY;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.plan.PlanFixtures;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The task list opens the plan and comité d'appui tasks on their forms. */
@ParcoursIntegrationTest
class PlanTaskFormsTests {

    @Autowired
    PlanTaskForms forms;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    MockMvc mvc;

    @Test
    void thePlanAndTheCommitteeTasksOpenOnWorkingForms() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        Task plan = scenario.task(opened.getProcessInstanceId(), TASK_DRAFT_PLAN);
        mvc.perform(get(forms.formPath(KEY, TASK_DRAFT_PLAN, plan.getId()).orElseThrow())
                .with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isOk());

        scenario.complete(plan, DemoUsers.OFFICER_NICE, VAR_SUBMISSION, PlanFixtures.plan(Treatment.REFERRAL));
        Task committee = scenario.task(opened.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);
        mvc.perform(get(forms.formPath(KEY, TASK_RECORD_COMMITTEE_OPINION, committee.getId()).orElseThrow())
                .with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isOk());
    }

    @Test
    void otherTasksAreNotItsOwn() {
        assertThat(forms.formPath(KEY, TASK_HOLD_INTERVIEW, "42")).isEmpty();
        assertThat(forms.formPath("another-process", TASK_DRAFT_PLAN, "42")).isEmpty();
    }
}
