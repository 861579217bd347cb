package fr.parcours.admin.carriers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.OrganisationRoles;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DLA operator role follows the DLA operator registry: an organisation recorded there holds it, no other does,
 * and neither the carriers' screen nor a direct write can make them disagree.
 */
@ParcoursIntegrationTest
class DlaOperatorRoleTests {

    private static final String ADMIN = DemoUsers.ADMIN;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    DlaOperators operators;
    @Autowired
    DlaOperatorRegistry registry;
    @Autowired
    OrganisationRoles roles;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegisteredOperatorHoldsTheRoleAndKeepsItWhateverTheCarriersScreenSays() throws Exception {
        long id = operator();
        assertThat(roles.of(id)).containsExactly(OrganisationRole.DLA_OPERATOR);
        assertThat(roles.holding(List.of(OrganisationRole.DLA_OPERATOR))).extracting(o -> o.getId()).contains(id);
        String name = organisations.findById(id).orElseThrow().getName();
        assertThat(body("/admin/carriers")).contains(name);
        assertThat(body("/admin/carriers/" + id)).contains("href=\"/admin/operators/" + id + "/edit\"")
                .doesNotContain("value=\"DLA_OPERATOR\"");

        // Saved with no assigned role at all: allowed for a DLA operator, whose role stays.
        mvc.perform(carrier("/admin/carriers/" + id, name)).andExpect(redirectedUrl("/admin/carriers/" + id));
        assertThat(roles.of(id)).containsExactly(OrganisationRole.DLA_OPERATOR);
        mvc.perform(carrier("/admin/carriers/" + id, name).param("roles", "CARRIER_CRESS"))
                .andExpect(redirectedUrl("/admin/carriers/" + id));
        assertThat(roles.of(id)).containsExactlyInAnyOrder(OrganisationRole.CARRIER_CRESS, OrganisationRole.DLA_OPERATOR);
        assertThat(registry.find(id).orElseThrow().departmentCodes()).containsExactly("23");
    }

    @Test
    void theCarriersScreenCannotGiveTheRoleToAnOrganisationOutsideTheRegistry() throws Exception {
        String name = "Faux opérateur DLA " + System.nanoTime();
        String page = mvc.perform(carrier("/admin/carriers", name).param("roles", "DLA_OPERATOR"))
                .andExpect(status().isOk()).andExpect(view().name(CarrierController.FORM))
                .andExpect(model().attributeHasFieldErrorCode("form", "roles",
                        "operator.carriers.dla-operator-from-registry"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le rôle d&#39;opérateur DLA découle du registre des opérateurs DLA");
        assertThat(organisations.findByName(name)).isEmpty();

        long nordActif = organisations.findByName("Nord Actif").orElseThrow().getId();
        long cress = cress();
        String cressName = organisations.findById(cress).orElseThrow().getName();
        mvc.perform(carrier("/admin/carriers/" + cress, cressName).param("roles", "CARRIER_CRESS",
                "DLA_OPERATOR")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles",
                        "operator.carriers.dla-operator-from-registry"));
        assertThat(roles.of(cress)).containsExactly(OrganisationRole.CARRIER_CRESS);
        // Not a DLA operator: it must keep at least one role.
        mvc.perform(carrier("/admin/carriers/" + cress, cressName)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "NotEmpty"));
        assertThat(roles.of(nordActif)).contains(OrganisationRole.DLA_OPERATOR);
    }

    @Test
    void theRoleIsNeverStoredApartFromTheRegistry() {
        long cress = cress();
        assertThatThrownBy(() -> roles.assign(cress, EnumSet.of(OrganisationRole.DLA_OPERATOR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jdbc.update("insert into organisation_role (organisation_id, role) values (?, ?)",
                cress, "DLA_OPERATOR")).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(roles.of(cress)).isEqualTo(Set.of(OrganisationRole.CARRIER_CRESS));
    }

    /** A CRESS of its own (Creuse, in Nouvelle-Aquitaine), not a DLA operator. */
    private long cress() {
        long id = organisations.save(new Organisation("CRESS rôle " + System.nanoTime(), null, "Association",
                OrganisationKind.OPERATOR, "Guéret", "23", "75")).getId();
        roles.assign(id, EnumSet.of(OrganisationRole.CARRIER_CRESS));
        return id;
    }

    private long operator() {
        return operators.create(new DlaOperators.NewOperator("DLA rôle " + System.nanoTime(), null,
                LegalForm.ASSOCIATION, "Guéret", "23", false, List.of("23")), ADMIN);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder carrier(String url, String name) {
        return post(url).with(logins.as(ADMIN)).with(csrf()).param("name", name).param("legalForm", "ASSOCIATION")
                .param("departmentCode", "23").param("city", "Guéret");
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
