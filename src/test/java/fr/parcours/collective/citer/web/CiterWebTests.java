package fr.parcours.collective.citer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** CITER's figures on the deliverables form, the interventions' form, the coefficients' form and where they show. */
@ParcoursIntegrationTest
class CiterWebTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeasuredValueNeedsItsUnitAndTheFiguresAddUpOnTheDashboard() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> structures = collectiveScenario.toFirstSession(collective, 2);
        String first = "/collective/" + collective.getId() + "/structures/" + structures.get(0) + "/deliverables";
        String second = "/collective/" + collective.getId() + "/structures/" + structures.get(1) + "/deliverables";

        mvc.perform(post(first).with(logins.as(COORDINATOR)).with(csrf())
                        .param("registers[0].outputs", "Contacts").param("registers[0].outputsValue", "120")
                        .param("registers[0].resultsUnit", "conflits traités"))
                .andExpect(status().isOk()).andExpect(view().name("collective/deliverables"))
                .andExpect(model().attributeHasFieldErrorCode("form", "registers[0].outputsUnit",
                        "collective.citer.error.unit-required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "registers[0].resultsValue",
                        "collective.citer.error.value-required"));
        mvc.perform(post(first).with(logins.as(COORDINATOR)).with(csrf())
                        .param("registers[0].outputs", "Contacts").param("registers[0].outputsValue", "-3")
                        .param("registers[0].outputsUnit", "contacts"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "registers[0].outputsValue"));
        assertThat(jdbc.queryForObject("select count(*) from collective_evaluation where participation_id = ?",
                Integer.class, structures.get(0))).isZero();

        mvc.perform(post(first).with(logins.as(COORDINATOR)).with(csrf())
                        .param("registers[0].outputs", "Contacts").param("registers[0].outputsValue", "120")
                        .param("registers[0].outputsUnit", "contacts"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(second).with(logins.as(COORDINATOR)).with(csrf())
                        .param("registers[0].outputs", "Contacts").param("registers[0].outputsValue", "30.5")
                        .param("registers[0].outputsUnit", "contacts"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select outputs_unit from collective_evaluation where participation_id = ?"
                + " and register = 'SOCIAL_COHESION'", String.class, structures.get(0))).isEqualTo("contacts");

        String dashboard = mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).containsPattern("150,50</td>\\s*<td>contacts</td>\\s*<td class=\"text-end\">2</td>")
                .contains("citer-estimate", "Méthode : pour chaque type d&#39;intervention");
    }

    @Test
    void theInterventionsFormRefusesNegativeCountsAndThePageShowsTheEstimateWithItsAssumptions() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long structure = collectiveScenario.toFirstSession(collective, 1).get(0);
        String url = "/collective/" + collective.getId() + "/structures/" + structure + "/avoided-costs";

        mvc.perform(get(url).with(logins.as(COORDINATOR))).andExpect(status().isOk())
                .andExpect(view().name("collective/avoided-costs"));
        mvc.perform(post(url).with(logins.as(COORDINATOR)).with(csrf()).param("rows[0].count", "-1")
                        .param("rows[1].count", "2").param("rows[2].count", "0").param("rows[3].count", "0")
                        .param("rows[4].count", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "rows[0].count", "rows[4].count"));
        assertThat(jdbc.queryForObject("select count(*) from collective_intervention_count where participation_id = ?",
                Integer.class, structure)).isZero();

        mvc.perform(post(url).with(logins.as(COORDINATOR)).with(csrf()).param("rows[0].count", "4")
                        .param("rows[1].count", "2").param("rows[2].count", "0").param("rows[3].count", "0")
                        .param("rows[4].count", "0"))
                .andExpect(redirectedUrl(url));
        String page = mvc.perform(get(url).with(logins.as(COORDINATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Source du coefficient", "Hypothèses de l&#39;estimation");
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'COLLECTIVE' and case_id = ?",
                String.class, collective.getId())).contains("citer-interventions-recorded");

        String provence = collectiveScenario.coordinatorOfProvence();
        mvc.perform(get(url).with(logins.as(provence))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(logins.as(DemoUsers.OFFICER_LILLE))).andExpect(status().isForbidden());
    }

    @Test
    void theCoefficientsFormValidatesAndOnlyTheRegionsCoordinatorsReachIt() throws Exception {
        String url = "/collective/citer/coefficients";
        mvc.perform(get(url).with(logins.as(COORDINATOR))).andExpect(status().isOk())
                .andExpect(view().name("collective/citer-coefficients"));
        mvc.perform(post(url).with(logins.as(COORDINATOR)).with(csrf()).param("intervention", "EVICTION")
                        .param("unitCost", "-5").param("source", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "unitCost", "Positive"))
                .andExpect(model().attributeHasFieldErrorCode("form", "source", "NotBlank"));
        String source = "Étude bailleurs " + LocalDate.now() + " " + System.nanoTime();
        mvc.perform(post(url).with(logins.as(COORDINATOR)).with(csrf()).param("intervention", "EVICTION")
                        .param("unitCost", "9500.00").param("source", source))
                .andExpect(redirectedUrl(url + "?region=32"));
        assertThat(jdbc.queryForObject("select source from citer_cost_coefficient where region_code = '32'"
                + " and intervention = 'EVICTION'", String.class)).isEqualTo(source);
        assertThat(mvc.perform(get(url).with(logins.as(COORDINATOR))).andReturn().getResponse().getContentAsString())
                .contains(source);

        String provence = collectiveScenario.coordinatorOfProvence();
        mvc.perform(get(url + "?region=32").with(logins.as(provence))).andExpect(status().isNotFound());
        mvc.perform(post(url + "?region=32").with(logins.as(provence)).with(csrf()).param("intervention", "EVICTION")
                .param("unitCost", "1").param("source", "x")).andExpect(status().isNotFound());
        mvc.perform(get(url).with(logins.as(DemoUsers.OFFICER_LILLE))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(logins.as(DemoUsers.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get(url + "?region=32").with(logins.as(DemoUsers.ADMIN))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select source from citer_cost_coefficient where region_code = '32'"
                + " and intervention = 'EVICTION'", String.class)).isEqualTo(source);
    }
}
