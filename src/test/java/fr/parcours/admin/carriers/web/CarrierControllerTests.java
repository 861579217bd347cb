package fr.parcours.admin.carriers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.OrganisationRoles;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Carriers and operators with their roles: what a collective's partner form offers comes from here, and only
 * administrators change it.
 */
@ParcoursIntegrationTest
class CarrierControllerTests {

    private static final String ADMIN = DemoUsers.ADMIN;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    OrganisationRoles roles;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewDepartmentalOperatorIsAuditedAndOfferedOnlyToCollectivesOfItsRegion() throws Exception {
        String name = "Pas-de-Calais Actif " + System.nanoTime();
        mvc.perform(post("/admin/carriers").with(logins.as(ADMIN)).with(csrf()).param("name", name)
                        .param("legalForm", "ASSOCIATION").param("departmentCode", "62").param("city", "Arras")
                        .param("roles", "DEPARTMENTAL_OPERATOR"))
                .andExpect(status().is3xxRedirection());
        Organisation operator = organisations.findByName(name).orElseThrow();
        assertThat(operator.getRegionCode()).isEqualTo("32");
        assertThat(roles.of(operator.getId())).containsExactly(OrganisationRole.DEPARTMENTAL_OPERATOR);
        assertThat(jdbc.queryForList("select actor, action, details from audit_record where case_type = 'ORGANISATION'"
                + " and case_id = ?", operator.getId())).containsExactly(Map.of("actor", ADMIN, "action",
                "carrier-created", "details", "DEPARTMENTAL_OPERATOR"));

        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String partners = mvc.perform(get("/collective/" + collective.getId() + "/partners")
                        .with(logins.as(CollectiveScenario.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partners).contains(name, "CRESS Hauts-de-France", "France Médiation", "Nord Actif");
        assertThat(partners).as("a structure is never offered").doesNotContain(">PAJE<");
    }

    @Test
    void anExistingConsultantNetworkIsGivenACarrierRoleAndBecomesACarrierChoice() throws Exception {
        Organisation network = collectiveScenario.newConsultant();
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        assertThat(partnersPage(collective)).doesNotContain(network.getName());

        mvc.perform(post("/admin/carriers/" + network.getId()).with(logins.as(ADMIN)).with(csrf())
                        .param("name", network.getName()).param("legalForm", "OTHER").param("departmentCode", "59")
                        .param("city", "Lille").param("roles", "CARRIER_MRA", "CARRIER_CRESS"))
                .andExpect(status().is3xxRedirection());

        assertThat(roles.of(network.getId())).containsExactlyInAnyOrder(OrganisationRole.CARRIER_MRA,
                OrganisationRole.CARRIER_CRESS);
        assertThat(partnersPage(collective)).contains(network.getName());
        assertThat(body("/admin/carriers")).contains(network.getName(), "Porteur (MRA)", "Porteur (CRESS)");
    }

    @Test
    void badInputRedisplaysTheFormWithFrenchErrorsAndSavesNothing() throws Exception {
        String name = "Opérateur refusé " + System.nanoTime();
        String page = mvc.perform(post("/admin/carriers").with(logins.as(ADMIN)).with(csrf()).param("name", name)
                        .param("siret", "123").param("legalForm", "ASSOCIATION").param("departmentCode", "00")
                        .param("city", "Nulle part"))
                .andExpect(status().isOk())
                .andExpect(view().name(CarrierController.FORM))
                .andExpect(model().attributeHasFieldErrors("form", "siret", "departmentCode", "roles"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez au moins un rôle.", "Ce SIRET n&#39;est pas valide");
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void onlyAdministratorsReachCarriersAndAStructureIsNoCarrier() throws Exception {
        long nordActif = organisations.findByName("Nord Actif").orElseThrow().getId();
        for (String user : List.of(DemoUsers.OFFICER_LILLE, DemoUsers.COORDINATOR_LILLE, DemoUsers.AUDITOR,
                DemoUsers.CONSULTANT)) {
            mvc.perform(get("/admin/carriers").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/carriers/" + nordActif).with(logins.as(user)).with(csrf())
                    .param("name", "Pirate").param("legalForm", "OTHER").param("departmentCode", "59")
                    .param("city", "Lille").param("roles", "CARRIER_MRA")).andExpect(status().isForbidden());
        }
        // Nord Actif also carries the DLA of the Nord in the demo: that role follows the DLA operator registry.
        assertThat(roles.of(nordActif)).containsExactlyInAnyOrder(OrganisationRole.DEPARTMENTAL_OPERATOR,
                OrganisationRole.DLA_OPERATOR);
        long paje = organisations.findByName("PAJE").orElseThrow().getId();
        mvc.perform(get("/admin/carriers/" + paje).with(logins.as(ADMIN))).andExpect(status().isNotFound());
        assertThat(body("/admin/carriers/new")).contains("Nouvel organisme", "Porteur (CRESS)");
        assertThat(body("/admin/carriers/" + nordActif)).containsPattern(
                "value=\"DEPARTMENTAL_OPERATOR\"[^>]*checked=\"checked\"")
                .doesNotContainPattern("value=\"CARRIER_MRA\"[^>]*checked");
    }

    private String partnersPage(CollectiveAccompaniment collective) throws Exception {
        return mvc.perform(get("/collective/" + collective.getId() + "/partners")
                        .with(logins.as(CollectiveScenario.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
