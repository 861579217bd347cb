package fr.parcours.admin.structures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators register, correct and search structures; nobody else may (403). */
@ParcoursIntegrationTest
class StructureControllerTests {

    private static final String ADMIN = DemoUsers.ADMIN;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorRegistersAStructureWithItsCodesAndTheCreationIsAudited() throws Exception {
        String siret = Scenario.validSiret(System.nanoTime());
        String name = "Médiation Test " + System.nanoTime();
        String location = mvc.perform(valid(post("/admin/structures"), name, siret))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Organisation created = organisations.findBySiret(siret).orElseThrow();
        assertThat(location).isEqualTo("/admin/structures/" + created.getId());
        assertThat(created.getName()).isEqualTo(name);
        assertThat(created.getNafCode().code()).isEqualTo("88.99B");
        assertThat(created.isQpv()).isTrue();
        assertThat(created.getDepartmentCode()).isEqualTo("06");
        assertThat(created.getRegionCode()).as("derived from the department").isEqualTo("93");
        assertThat(created.getEmployees()).isEqualTo(14);
        assertThat(audit(created.getId())).containsExactly(Map.of("actor", ADMIN, "action", "structure-created",
                "details", ""));
        String page = body(get("/admin/structures/" + created.getId()));
        assertThat(page).contains(name, "88.99B");
    }

    @Test
    void badInputRedisplaysTheFormWithFrenchErrorsAndSavesNothing() throws Exception {
        String name = "Structure refusée " + System.nanoTime();
        String page = mvc.perform(post("/admin/structures").with(logins.as(ADMIN)).with(csrf())
                        .param("name", name).param("siret", "41234567800013").param("legalForm", "ASSOCIATION")
                        .param("nafCode", "88.9").param("employees", "-1").param("departmentCode", "99")
                        .param("city", ""))
                .andExpect(status().isOk())
                .andExpect(view().name(StructureController.FORM))
                .andExpect(model().attributeHasFieldErrors("form", "siret", "nafCode", "employees", "departmentCode",
                        "city"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("rien n&#39;a été enregistré", "Ce SIRET n&#39;est pas valide",
                "Ce code NAF n&#39;est pas valide", "Choisissez un département de la liste");
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void aSiretAlreadyRegisteredIsRefusedWithALinkToItsHolder() throws Exception {
        Organisation existing = organisations.findByName("PAJE").orElseThrow();
        String name = "Doublon " + System.nanoTime();

        String page = mvc.perform(valid(post("/admin/structures"), name, existing.getSiret()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "siret", "admin.structures.siret-taken"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/admin/structures/" + existing.getId() + "\"",
                "Voir l&#39;organisation déjà enregistrée avec ce SIRET : PAJE");
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void anAdministratorCorrectsAStructureAndTheChangeIsAudited() throws Exception {
        String siret = Scenario.validSiret(System.nanoTime());
        mvc.perform(valid(post("/admin/structures"), "À corriger " + System.nanoTime(), siret));
        Organisation created = organisations.findBySiret(siret).orElseThrow();
        String renamed = "Corrigée " + System.nanoTime();

        mvc.perform(post("/admin/structures/" + created.getId()).with(logins.as(ADMIN)).with(csrf())
                        .param("name", renamed).param("siret", siret).param("legalForm", "SCIC")
                        .param("nafCode", "94.99Z").param("employees", "3").param("departmentCode", "59")
                        .param("city", "Lille"))
                .andExpect(status().is3xxRedirection());

        Organisation updated = organisations.findById(created.getId()).orElseThrow();
        assertThat(updated.getName()).isEqualTo(renamed);
        assertThat(updated.getRegionCode()).isEqualTo("32");
        assertThat(updated.isQpv()).as("an unticked box").isFalse();
        assertThat(updated.getLegalForm()).isEqualTo("SCIC");
        assertThat(audit(created.getId())).extracting(row -> row.get("action"))
                .containsExactly("structure-created", "structure-updated");
    }

    @Test
    void theListSearchesByNameSiretDepartmentAndNafSection() throws Exception {
        String marker = "Cherchable" + System.nanoTime();
        String siret = Scenario.validSiret(System.nanoTime());
        mvc.perform(valid(post("/admin/structures"), marker + " Médiation", siret));

        assertThat(body(get("/admin/structures").param("name", marker.toLowerCase()))).contains(marker);
        assertThat(body(get("/admin/structures").param("siret", siret.substring(0, 12)).param("name", marker)))
                .contains(marker);
        assertThat(body(get("/admin/structures").param("name", marker).param("departmentCode", "06")
                .param("section", "Q"))).contains(marker);
        assertThat(body(get("/admin/structures").param("name", marker).param("section", "S")))
                .doesNotContain(marker + " Médiation").contains("Aucune structure ne correspond");
        assertThat(body(get("/admin/structures").param("name", marker).param("departmentCode", "59")))
                .doesNotContain(marker + " Médiation");
    }

    @Test
    void onlyAdministratorsReachTheStructures() throws Exception {
        long paje = organisations.findByName("PAJE").orElseThrow().getId();
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.COORDINATOR_LILLE, DemoUsers.AUDITOR,
                DemoUsers.CONSULTANT)) {
            mvc.perform(get("/admin/structures").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/structures/" + paje).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(valid(post("/admin/structures/" + paje), "Pirate", "41234567800012").with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(organisations.findById(paje).orElseThrow().getName()).isEqualTo("PAJE");
        long franceMediation = organisations.findByName("France Médiation").orElseThrow().getId();
        mvc.perform(get("/admin/structures/" + franceMediation).with(logins.as(ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(body(get("/admin/structures/new"))).contains("Nouvelle structure", "06 Alpes-Maritimes");
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name, String siret) {
        return request.with(logins.as(ADMIN)).with(csrf()).param("name", name).param("siret", siret)
                .param("legalForm", "ASSOCIATION").param("nafCode", "8899b").param("employees", "14")
                .param("aidedContracts", "3").param("qpv", "true").param("departmentCode", "06")
                .param("city", "Nice").param("sector", "Médiation sociale");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<Map<String, Object>> audit(long id) {
        return jdbc.queryForList("select actor, action, details from audit_record where case_type = 'ORGANISATION'"
                + " and case_id = ? order by id", id);
    }
}
