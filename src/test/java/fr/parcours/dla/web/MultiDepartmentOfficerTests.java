package fr.parcours.dla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.followup.FollowUpIndicators;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer covering two departments sees and opens the cases of both, and of no other. */
@ParcoursIntegrationTest
class MultiDepartmentOfficerTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentService accompaniments;
    @Autowired
    Scopes scopes;
    @Autowired
    FollowUpIndicators indicators;

    @Test
    void anOfficerOfTwoDepartmentsSeesBothAndNoOther() throws Exception {
        String both = "two-departments-" + System.nanoTime();
        accounts.createIfMissing(both, "Daphné", "Deux", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.departments(both, "93", List.of("04", "05")));
        String other = "one-department-" + System.nanoTime();
        accounts.createIfMissing(other, "Basile", "Bouches", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(other, "93", "84"));
        Accompaniment in04 = open(both, "04");
        Accompaniment in05 = open(both, "05");
        Accompaniment in84 = open(other, "84");

        String list = mvc.perform(get("/dla/accompaniments").with(logins.as(both)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(in04.getBusinessKey(), in05.getBusinessKey()).doesNotContain(in84.getBusinessKey());
        mvc.perform(get("/dla/accompaniments/{id}", in05.getId()).with(logins.as(both))).andExpect(status().isOk());
        mvc.perform(get("/dla/accompaniments/{id}", in84.getId()).with(logins.as(both)))
                .andExpect(status().isNotFound());
        assertThat(accompaniments.territoriesOpenTo(scopes.of(both))).extracting("departmentCode")
                .containsExactly("04", "05");
        assertThat(indicators.casesOf(scopes.of(both))).allMatch(row -> List.of("04", "05")
                .contains(row.departmentCode()));
    }

    private Accompaniment open(String officer, String department) {
        long structure = scenario.newStructure(department, "93").getId();
        return scenario.as(officer, () -> accompaniments.open(structure, "Besoin de structuration", officer,
                scopes.of(officer)));
    }
}
