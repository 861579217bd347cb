package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class SpecificationsControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;

    @Test
    void theTaskListOpensTheFormForTheOfficerOfTheDepartment() throws Exception {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        Task task = engineering.task(opened, opened.firstAxis(), TASK_WRITE_SPECIFICATIONS);

        mvc.perform(get("/tasks/{id}", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(redirectedUrl("/dla/tasks/" + task.getId() + "/specifications"));
        mvc.perform(get("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/specifications"));
    }

    @Test
    void emptyTextsNoDaysAndANegativeBudgetAreRefusedAndChangeNothing() throws Exception {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        Task task = engineering.task(opened, opened.firstAxis(), TASK_WRITE_SPECIFICATIONS);

        mvc.perform(post("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf())
                        .param("objectives", " ").param("deliverables", "")
                        .param("plannedDays", "0").param("budgetCap", "-1"))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/specifications"))
                .andExpect(model().attributeHasFieldErrors("form", "objectives", "deliverables", "plannedDays",
                        "budgetCap"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        EngineeringMission mission = engineering.missionOf(opened.firstAxis());
        assertThat(mission.getStatus()).isEqualTo(MissionStatus.SPECIFICATIONS);
        assertThat(mission.getObjectives()).isNull();
    }

    @Test
    void validSpecificationsMoveTheMissionToThePreselection() throws Exception {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        Task task = engineering.task(opened, opened.firstAxis(), TASK_WRITE_SPECIFICATIONS);

        mvc.perform(post("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf())
                        .param("objectives", "Clarifier les rôles et missions").param("deliverables", "Organigramme")
                        .param("plannedDays", "7.5").param("budgetCap", "5000"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        EngineeringMission mission = engineering.missionOf(opened.firstAxis());
        assertThat(mission.getStatus()).isEqualTo(MissionStatus.PRESELECTION);
        assertThat(mission.getBudgetCap()).isEqualByComparingTo("5000");
        engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
    }

    @Test
    void aLilleOfficerCannotOpenNiceTasksAndAConsultantIsForbidden() throws Exception {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        Task task = engineering.task(opened, opened.firstAxis(), TASK_WRITE_SPECIFICATIONS);

        mvc.perform(get("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE))
                        .with(csrf())
                        .param("objectives", "Objectifs").param("deliverables", "Livrables")
                        .param("plannedDays", "5").param("budgetCap", "5000"))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(engineering.missionOf(opened.firstAxis()).getObjectives()).isNull();
    }

    @Test
    void anAxisVariableRewrittenToAnotherCasesAxisIsNotFoundAndWritesNothing() throws Exception {
        EngineeringCase own = engineering.open("Réorganiser la médiation");
        EngineeringCase other = engineering.open("Autre structure");
        Task task = engineering.task(own, own.firstAxis(), TASK_WRITE_SPECIFICATIONS);
        // What a write through the engine's REST API could do: point the task at another case's ingénierie.
        taskService.setVariable(task.getId(), DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID, other.firstAxis());

        mvc.perform(get("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dla/tasks/{id}/specifications", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                        .with(csrf())
                        .param("objectives", "Objectifs").param("deliverables", "Livrables")
                        .param("plannedDays", "5").param("budgetCap", "5000"))
                .andExpect(status().isNotFound());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(engineering.missionOf(other.firstAxis()).getObjectives()).isNull();
        assertThat(engineering.missionOf(own.firstAxis()).getObjectives()).isNull();
    }
}
