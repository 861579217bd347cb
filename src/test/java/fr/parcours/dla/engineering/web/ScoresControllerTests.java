package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
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
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The scoring grid; in the scenario the first two consultants sent a proposal, the third none. */
@ParcoursIntegrationTest
class ScoresControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;

    @Test
    void showsOneLinePerReceivedProposal() throws Exception {
        EngineeringCase opened = received();

        mvc.perform(get("/dla/tasks/{id}/scores", task(opened).getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/scores"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("lines",
                        org.hamcrest.Matchers.hasSize(2))));
    }

    @Test
    void aScoreOutOfItsRangeIsRefused() throws Exception {
        EngineeringCase opened = received();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        refused(opened, line(line(request(opened), 0, c.get(0), "21", "10", "10", "10"), 1, c.get(1), "10", "10", "16", "-1"))
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].understanding", "lines[1].team",
                        "lines[1].price"));
    }

    @Test
    void scoringAProposalThatWasNotReceivedOrAForgedOneIsRefused() throws Exception {
        EngineeringCase opened = received();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        refused(opened, line(line(request(opened), 0, c.get(0), "10", "10", "10", "10"), 1, c.get(2), "10", "10", "10", "10"))
                .andExpect(model().attributeHasErrors("form"));
        refused(opened, line(request(opened), 0, c.get(0), "10", "10", "10", "10"))
                .andExpect(model().attributeHasErrors("form"));
    }

    @Test
    void validScoresMoveTheMissionToTheChoice() throws Exception {
        EngineeringCase opened = received();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(line(line(request(opened), 0, c.get(0), "20", "20", "15", "15"), 1, c.get(1), "0", "0", "0", "0"))
                .andExpect(redirectedUrl("/"));

        assertThat(engineering.candidatesOf(opened.firstAxis())).extracting(ConsultantCandidate::getTotalScore)
                .containsExactly(70, 0, null);
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.CHOICE);
    }

    private EngineeringCase received() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.receiveProposals(opened, opened.firstAxis(), engineering.newConsultants(3));
        return opened;
    }

    private Task task(EngineeringCase opened) {
        return engineering.task(opened, opened.firstAxis(), TASK_SCORE_PROPOSALS);
    }

    private MockHttpServletRequestBuilder request(EngineeringCase opened) {
        return post("/dla/tasks/{id}/scores", task(opened).getId()).with(logins.as(DemoUsers.OFFICER_NICE))
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder line(MockHttpServletRequestBuilder request, int index,
                                                      ConsultantCandidate candidate, String understanding,
                                                      String method, String team, String price) {
        String prefix = "lines[" + index + "].";
        return request.param(prefix + "candidateId", String.valueOf(candidate.getId()))
                .param(prefix + "understanding", understanding).param(prefix + "method", method)
                .param(prefix + "team", team).param(prefix + "price", price);
    }

    private ResultActions refused(EngineeringCase opened, MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/scores"));
        task(opened);
        assertThat(engineering.candidatesOf(opened.firstAxis())).allMatch(c -> c.getTotalScore() == null);
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.SCORING);
        return result;
    }
}
