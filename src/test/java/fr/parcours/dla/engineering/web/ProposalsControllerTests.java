package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECEIVE_PROPOSALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The proposals form; the cap of the scenario's specifications is 6 000 €. */
@ParcoursIntegrationTest
class ProposalsControllerTests {

    private static final String TODAY = LocalDate.now().toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;

    @Test
    void showsOneLinePerPreselectedConsultant() throws Exception {
        EngineeringCase opened = preselected();

        mvc.perform(get("/dla/tasks/{id}/proposals", task(opened).getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/proposals"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("lines",
                        org.hamcrest.Matchers.hasSize(3))));
    }

    @Test
    void anAmountAboveTheCapIsRefused() throws Exception {
        EngineeringCase opened = preselected();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        refused(opened, request(opened)
                .param("lines[0].candidateId", id(c, 0)).param("lines[0].received", "true")
                .param("lines[0].receivedOn", TODAY).param("lines[0].amount", "6000.01").param("lines[0].days", "8")
                .param("lines[1].candidateId", id(c, 1)).param("lines[2].candidateId", id(c, 2)))
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].amount"));
    }

    @Test
    void aNegativeAmountMissingDaysAndAFutureDateAreRefused() throws Exception {
        EngineeringCase opened = preselected();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        refused(opened, request(opened)
                .param("lines[0].candidateId", id(c, 0)).param("lines[0].received", "true")
                .param("lines[0].receivedOn", LocalDate.now().plusDays(3).toString())
                .param("lines[0].amount", "-1")
                .param("lines[1].candidateId", id(c, 1)).param("lines[2].candidateId", id(c, 2)))
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].amount", "lines[0].days",
                        "lines[0].receivedOn"));
    }

    @Test
    void noProposalAtAllOrAForgedConsultantIsRefused() throws Exception {
        EngineeringCase opened = preselected();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        refused(opened, request(opened).param("lines[0].candidateId", id(c, 0))
                .param("lines[1].candidateId", id(c, 1)).param("lines[2].candidateId", id(c, 2)))
                .andExpect(model().attributeHasErrors("form"));
        refused(opened, request(opened)
                .param("lines[0].candidateId", "987654321").param("lines[0].received", "true")
                .param("lines[0].receivedOn", TODAY).param("lines[0].amount", "5000").param("lines[0].days", "8")
                .param("lines[1].candidateId", id(c, 1)).param("lines[2].candidateId", id(c, 2)))
                .andExpect(model().attributeHasErrors("form"));
    }

    @Test
    void receivedProposalsMoveTheMissionToTheScoring() throws Exception {
        EngineeringCase opened = preselected();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(request(opened)
                        .param("lines[0].candidateId", id(c, 0)).param("lines[0].received", "true")
                        .param("lines[0].receivedOn", TODAY).param("lines[0].amount", "6000").param("lines[0].days", "8")
                        .param("lines[1].candidateId", id(c, 1))
                        .param("lines[2].candidateId", id(c, 2)).param("lines[2].received", "true")
                        .param("lines[2].receivedOn", TODAY).param("lines[2].amount", "0").param("lines[2].days", "6.5"))
                .andExpect(redirectedUrl("/"));

        assertThat(engineering.candidatesOf(opened.firstAxis())).extracting(ConsultantCandidate::getProposalReceived)
                .containsExactly(true, false, true);
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.SCORING);
    }

    private EngineeringCase preselected() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.preselect(opened, opened.firstAxis(), engineering.newConsultants(3));
        return opened;
    }

    private Task task(EngineeringCase opened) {
        return engineering.task(opened, opened.firstAxis(), TASK_RECEIVE_PROPOSALS);
    }

    private MockHttpServletRequestBuilder request(EngineeringCase opened) {
        return post("/dla/tasks/{id}/proposals", task(opened).getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                .with(csrf());
    }

    private ResultActions refused(EngineeringCase opened, MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/proposals"));
        task(opened);
        assertThat(engineering.candidatesOf(opened.firstAxis())).allMatch(c -> c.getProposalReceived() == null);
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PROPOSALS);
        return result;
    }

    private static String id(List<ConsultantCandidate> candidates, int index) {
        return String.valueOf(candidates.get(index).getId());
    }
}
