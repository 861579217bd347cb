package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class PreselectionControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;

    @Test
    void listsTheConsultantOrganisations() throws Exception {
        EngineeringCase opened = specified();
        Organisation consultant = engineering.newConsultant();
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);

        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/preselection"))
                .andExpect(model().attribute("consultants", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.hasProperty("id", org.hamcrest.Matchers.is(consultant.getId())))));
    }

    @Test
    void onlyTwoConsultantsAreRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(2);

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId()));
    }

    @Test
    void theSameConsultantTwiceIsRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(2);

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(),
                consultants.get(1).getId()));
    }

    @Test
    void aForgedIdOrAnOrganisationThatIsNotAConsultantIsRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(3);
        long structureId = opened.accompaniment().getOrganisation().getId();

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(), structureId));
        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(), 987_654_321L));
    }

    @Test
    void threeConsultantsArePreselected() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(3);

        mvc.perform(submit(opened, consultants.stream().map(Organisation::getId).toArray(Long[]::new)))
                .andExpect(redirectedUrl("/"));

        assertThat(engineering.candidatesOf(opened.firstAxis())).extracting(c -> c.getOrganisation().getId())
                .containsExactlyInAnyOrderElementsOf(consultants.stream().map(Organisation::getId).toList());
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PROPOSALS);
    }

    private EngineeringCase specified() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.writeSpecifications(opened, opened.firstAxis());
        return opened;
    }

    private MockHttpServletRequestBuilder submit(EngineeringCase opened, Long... consultantIds) {
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
        MockHttpServletRequestBuilder request = post("/dla/tasks/{id}/preselection", task.getId())
                .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf());
        for (Long id : consultantIds) {
            request.param("consultantIds", String.valueOf(id));
        }
        return request;
    }

    private void refused(EngineeringCase opened, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/preselection"))
                .andExpect(model().attributeHasFieldErrors("form", "consultantIds"));
        engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
        assertThat(engineering.candidatesOf(opened.firstAxis())).isEmpty();
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PRESELECTION);
    }
}
