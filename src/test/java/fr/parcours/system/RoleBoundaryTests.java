package fr.parcours.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each role reaches its own pages only; a case of another scope is invisible. */
@ParcoursIntegrationTest
class RoleBoundaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;

    @Test
    void onlyOfficersAndAdminsOpenTheDlaPages() throws Exception {
        Accompaniment nice = scenario.openInNice();
        for (String user : new String[] {DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.FACILITATOR_PARIS, DemoUsers.AUDITOR}) {
            mvc.perform(get("/dla/accompaniments").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/dla/accompaniments/{id}", nice.getId()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/dla/indicators.csv").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/dla/accompaniments/{id}", nice.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk());
        mvc.perform(get("/dla/accompaniments/{id}", nice.getId()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void missionsAreForConsultantsAndOfficersOnly() throws Exception {
        for (String user : new String[] {DemoUsers.COORDINATOR_LILLE, DemoUsers.FACILITATOR_PARIS, DemoUsers.AUDITOR}) {
            mvc.perform(get("/missions").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/missions").with(logins.as(DemoUsers.CONSULTANT))).andExpect(status().isOk());
    }

    @Test
    void anOfficerSeesNeitherTheCasesNorTheTasksOfAnotherDepartment() throws Exception {
        Accompaniment nice = scenario.openInNice();

        mvc.perform(get("/dla/accompaniments/{id}", nice.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dla/accompaniments").with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(nice.getBusinessKey()))));
        mvc.perform(get("/").param("view", "groups").with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(nice.getBusinessKey()))));
        mvc.perform(get("/").param("view", "groups").param("organisation", nice.getOrganisation().getName())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(content().string(Matchers.containsString(nice.getBusinessKey())));
    }

    @Test
    void theLoginPageIsTheOnlyPageForStrangers() throws Exception {
        mvc.perform(get("/missions")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/dla/indicators.csv")).andExpect(status().is3xxRedirection());
    }
}
