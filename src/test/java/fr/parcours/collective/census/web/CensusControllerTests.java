package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.census.CensusEntry;
import fr.parcours.collective.census.CensusReport;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
                .andExpect(model().attributeHasFieldErrors("form", "lines", "criteria"));
        mvc.perform(census(task).param("lines[0].organisationId", nice.getId().toString())
                        .param("lines[0].listed", "true").param("lines[0].mediationProject", "true")
                        .param("lines[0].adultesRelaisAgreements", "2").param("lines[0].employees", "5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].listed"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(invited(collective)).isZero();
    }

    @Test
    void aStructureOutsideTheCriteriaOrWithoutItsAnswersIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Organisation> structures = collectiveScenario.structures(3);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);

        String page = mvc.perform(census(task)
                        .param("lines[0].organisationId", structures.get(0).getId().toString())
                        .param("lines[0].listed", "true").param("lines[0].mediationProject", "false")
                        .param("lines[0].adultesRelaisAgreements", "0").param("lines[0].employees", "4")
                        .param("lines[1].organisationId", structures.get(1).getId().toString())
                        .param("lines[1].listed", "true").param("lines[1].mediationProject", "")
                        .param("lines[1].adultesRelaisAgreements", "-1").param("lines[1].employees", "")
                        .param("lines[2].organisationId", structures.get(2).getId().toString())
                        .param("lines[2].listed", "true").param("lines[2].mediationProject", "true")
                        .param("lines[2].adultesRelaisAgreements", "3").param("lines[2].employees", "7"))
                .andExpect(status().isOk()).andExpect(view().name("collective/census"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lines[0].mediationProject", "CensusNoMediationProject"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lines[0].adultesRelaisAgreements", "CensusNoAgreement"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lines[1].mediationProject", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lines[1].adultesRelaisAgreements", "PositiveOrZero"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lines[1].employees", "NotNull"))
                .andExpect(model().attributeErrorCount("form", 5))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(structures.get(0).getName(), structures.get(2).getName(),
                "ne répond pas aux critères du recensement");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(invited(collective)).isZero();
    }

    @Test
    void theEngineRefusesACensusOutsideTheCriteriaAndRollsBack() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Organisation> structures = collectiveScenario.structures(2);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);
        CensusReport census = new CensusReport(List.of(new CensusEntry(structures.get(0).getId(), true, 2, 5),
                new CensusEntry(structures.get(1).getId(), true, 0, 5)), "Adultes-relais", COORDINATOR);

        assertThatThrownBy(() -> scenario.complete(task, COORDINATOR, VAR_SUBMISSION, census))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(invited(collective)).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void theCensusInvitesTheStructuresWithWhatItFoundAndTheCollectivePageShowsIt() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Organisation> structures = collectiveScenario.structures(3);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_CENSUS);

        mvc.perform(census(task).param("criteria", "Projet de médiation, conventions adultes-relais")
                        .param("lines[0].organisationId", structures.get(0).getId().toString())
                        .param("lines[0].listed", "true").param("lines[0].mediationProject", "true")
                        .param("lines[0].adultesRelaisAgreements", "3").param("lines[0].employees", "4")
                        .param("lines[1].organisationId", structures.get(1).getId().toString())
                        .param("lines[1].listed", "true").param("lines[1].mediationProject", "true")
                        .param("lines[1].adultesRelaisAgreements", "1").param("lines[1].employees", "25")
                        .param("lines[2].organisationId", structures.get(2).getId().toString())
                        .param("lines[2].mediationProject", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(invited(collective)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select has_mediation_project, adultes_relais_agreements, employees_at_census"
                        + " from collective_participation where collective_id = ? and organisation_id = ?",
                collective.getId(), structures.get(0).getId()))
                .containsEntry("has_mediation_project", true).containsEntry("adultes_relais_agreements", 3)
                .containsEntry("employees_at_census", 4);
        scenario.task(collective.getProcessInstanceId(), TASK_HOLD_MOBILISATION_MEETING);

        String page = mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 conventions adultes-relais", "25 salariés", "Petite structure")
                .doesNotContain(structures.get(2).getName());
    }

    private MockHttpServletRequestBuilder census(Task task) {
        return post("/collective/tasks/{id}/census", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                .param("criteria", "Adultes-relais");
    }

    private int invited(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ? and status = 'INVITED'",
                Integer.class, collective.getId());
    }
}
