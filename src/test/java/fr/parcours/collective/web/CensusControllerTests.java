package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import fr.parcours.organisation.Organisation;

@ParcoursIntegrationTest
class CensusControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheStructuresOfTheRegionOnly() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        Organisation lille = collectiveScenario.structures(1).get(0);
        Organisation nice = scenario.newStructure("06", "93");
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);

        String page = mvc.perform(get("/collective/tasks/{id}/census", task.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(view().name("collective/census"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(lille.getName()).doesNotContain(nice.getName());
    }

    @Test
    void anEmptyCensusOrAStructureOfAnotherRegionIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        Organisation nice = scenario.newStructure("06", "93");
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);

        mvc.perform(post("/collective/tasks/{id}/census", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("criteria", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "organisationIds", "criteria"));
        mvc.perform(post("/collective/tasks/{id}/census", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("organisationIds", nice.getId().toString()).param("criteria", "Adultes-relais"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "organisationIds"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(invited(collective)).isZero();
    }

    @Test
    void theCensusInvitesTheStructuresAndOpensTheMeeting() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Organisation> structures = collectiveScenario.structures(2);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);

        mvc.perform(post("/collective/tasks/{id}/census", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("organisationIds", structures.get(0).getId().toString(), structures.get(1).getId().toString())
                        .param("criteria", "Projet de médiation, conventions adultes-relais"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(invited(collective)).isEqualTo(2);
        scenario.task(collective.getProcessInstanceId(), TASK_HOLD_MOBILISATION_MEETING);
    }

    private int invited(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ? and status = 'INVITED'",
                Integer.class, collective.getId());
    }
}
