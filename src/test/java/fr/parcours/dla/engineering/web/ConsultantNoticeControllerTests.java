package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class ConsultantNoticeControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void aConsultantReadsItsOwnOutcomeAndNothingOfItsCompetitors() throws Exception {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        List<Organisation> consultants = new ArrayList<>(engineering.newConsultants(2));
        consultants.add(0, organisations.findByName("France Médiation").orElseThrow());
        List<ConsultantCandidate> scored = engineering.scoreProposals(opened, opened.firstAxis(), consultants);
        engineering.complete(opened, opened.firstAxis(), TASK_VALIDATE_CHOICE, new ChoiceValidation(
                scored.get(1).getId(), "PV", LocalDate.now(), DemoUsers.OFFICER_NICE));

        String html = mvc.perform(get("/missions/notices").with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String structure = organisations.findById(opened.accompaniment().getOrganisation().getId()).orElseThrow()
                .getName();
        assertThat(html).contains(structure, "Non retenu")
                .doesNotContain(consultants.get(1).getName(), consultants.get(2).getName(), "€");
    }

    @Test
    void anOfficerHasNoNoticeAddressedToIt() throws Exception {
        mvc.perform(get("/missions/notices").with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("notices", org.hamcrest.Matchers.empty()));
    }
}
