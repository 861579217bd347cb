package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.KEY;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The task list opens each diagnostic task on its form. */
@ParcoursIntegrationTest
class DiagnosticTaskFormsTests {

    @Autowired
    DiagnosticTaskForms forms;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {TASK_HOLD_INTERVIEW, TASK_ASSESS_THEMES, TASK_VALIDATE_DIAGNOSTIC})
    void eachDiagnosticTaskOpensOnAWorkingForm(String taskKey) throws Exception {
        Accompaniment opened = scenario.openAt(taskKey, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), taskKey);

        String path = forms.formPath(KEY, taskKey, task.getId()).orElseThrow();

        mvc.perform(get(path).with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {TASK_DRAFT_PLAN, "Task_Unknown"})
    void otherTasksAreNotItsOwn(String taskKey) {
        assertThat(forms.formPath(KEY, taskKey, "42")).isEmpty();
        assertThat(forms.formPath("another-process", TASK_HOLD_INTERVIEW, "42")).isEmpty();
    }
}
