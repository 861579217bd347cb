package fr.parcours.dla.mission.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Mes missions" and the mission page: the chosen consultant and the case's officers only. */
@ParcoursIntegrationTest
class MissionControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MissionScenario missions;
    @Autowired
    Logins logins;

    @Test
    void theChosenConsultantListsItsMission() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();

        mvc.perform(get("/missions").with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/missions"))
                .andExpect(content().string(Matchers.containsString(mission.structureName())));
    }

    @Test
    void theChosenConsultantSeesTheMissionAndItsOwnTaskButNotTheDlasAssessment() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        missions.launch(mission);

        mvc.perform(get("/missions/{id}", mission.mission().getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/mission"))
                .andExpect(model().attribute("officerView", false))
                .andExpect(model().attribute("tasks", Matchers.hasSize(1)))
                .andExpect(content().string(Matchers.containsString(mission.structureName())))
                .andExpect(content().string(Matchers.containsString("Trois ateliers puis restitution")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Satisfaction de la structure"))));
    }

    @Test
    void anotherConsultantOrganisationGets404AndAnEmptyList() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();
        String competitor = missions.otherConsultant();

        mvc.perform(get("/missions/{id}", mission.mission().getId()).with(logins.as(competitor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/missions").with(logins.as(competitor)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("missions", Matchers.empty()));
    }

    @Test
    void theOfficerOfTheCaseSeesTheMissionWithItsOwnTask() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();

        mvc.perform(get("/missions/{id}", mission.mission().getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("officerView", true))
                .andExpect(model().attribute("tasks", Matchers.hasSize(1)))
                .andExpect(content().string(Matchers.containsString("Satisfaction de la structure")));
    }

    @Test
    void anOfficerOfAnotherDepartmentGets404() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();

        mvc.perform(get("/missions/{id}", mission.mission().getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownMissionIs404() throws Exception {
        mvc.perform(get("/missions/{id}", Long.MAX_VALUE).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFacilitatorCannotOpenMissions() throws Exception {
        mvc.perform(get("/missions").with(logins.as(DemoUsers.FACILITATOR_PARIS)))
                .andExpect(status().isForbidden());
    }
}
