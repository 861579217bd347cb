package fr.parcours.admin.pool.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The prestataire pool's pages: administrators only, French field errors, audited writes, the firm's record. */
@ParcoursIntegrationTest
class PoolControllerTests {

    private static final String ADMIN = DemoUsers.ADMIN;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ConsultantPool pool;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorAddsAFirmToThePoolAndItIsOfferedForItsRegionsAndDomains() throws Exception {
        String name = "Conseil ESS " + System.nanoTime();
        String siret = Scenario.validSiret(System.nanoTime());
        String location = mvc.perform(valid(post("/admin/prestataires"), name, siret))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Organisation firm = organisations.findBySiret(siret).orElseThrow();
        assertThat(location).isEqualTo("/admin/prestataires/" + firm.getId());
        ConsultantProfile profile = pool.profile(firm.getId()).orElseThrow();
        assertThat(profile.getDomains()).containsExactlyInAnyOrder(CompetenceDomain.FUNDING,
                CompetenceDomain.GOVERNANCE);
        assertThat(profile.getRegionCodes()).containsExactly("28", "93");
        assertThat(profile.getDayRate()).isEqualByComparingTo("780.50");
        assertThat(profile.getContact().email()).isEqualTo("contact@conseil.example");
        assertThat(pool.candidates("93", CompetenceDomain.GOVERNANCE)).extracting(Organisation::getId)
                .contains(firm.getId());
        assertThat(pool.candidates("93", CompetenceDomain.DIGITAL)).extracting(Organisation::getId)
                .doesNotContain(firm.getId());
        assertThat(pool.candidates("32", null)).extracting(Organisation::getId).doesNotContain(firm.getId());
        assertThat(audit(firm.getId())).containsExactly(Map.of("actor", ADMIN, "action", "prestataire-created"));
        assertThat(body("/admin/prestataires")).contains(name, "Gouvernance", "Provence-Alpes-Côte d&#39;Azur",
                "780,50 €");
    }

    @Test
    void badInputRedisplaysTheFormWithFrenchErrorsAndSavesNothing() throws Exception {
        String name = "Cabinet refusé " + System.nanoTime();
        String page = mvc.perform(post("/admin/prestataires").with(logins.as(ADMIN)).with(csrf())
                        .param("name", name).param("siret", "12345678901234").param("legalForm", "OTHER")
                        .param("departmentCode", "13").param("city", "Marseille").param("dayRate", "-5")
                        .param("contactName", "Mme Test").param("contactEmail", "pas-un-courriel")
                        .param("contactPhone", "appelez-moi"))
                .andExpect(status().isOk())
                .andExpect(view().name(PoolController.FORM))
                .andExpect(model().attributeHasFieldErrors("form", "siret", "domains", "regionCodes", "dayRate",
                        "contactEmail", "contactPhone"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choisissez au moins un domaine.", "Choisissez au moins une région.",
                "Le tarif journalier doit être positif.", "Cette adresse de courriel n&#39;est pas valide.");

        mvc.perform(post("/admin/prestataires").with(logins.as(ADMIN)).with(csrf()).param("name", name)
                        .param("siret", Scenario.validSiret(System.nanoTime())).param("legalForm", "SCOP")
                        .param("departmentCode", "13").param("city", "Marseille").param("domains", "LEGAL")
                        .param("regionCodes", "93", "ZZ").param("dayRate", "780.505").param("contactName", "Accueil")
                        .param("contactEmail", "contact@conseil.example"))
                .andExpect(model().attributeHasFieldErrorCode("form", "dayRate", "Digits"))
                .andExpect(model().attributeHasFieldErrorCode("form", "regionCodes", "admin.pool.region.unknown"));
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void theFirmsPageListsItsConsultantsAndItsPastMissionsWithTheirSatisfaction() throws Exception {
        String siret = Scenario.validSiret(System.nanoTime());
        mvc.perform(valid(post("/admin/prestataires"), "Cabinet évalué " + System.nanoTime(), siret));
        Organisation firm = organisations.findBySiret(siret).orElseThrow();
        String consultant = "pool.consultant." + System.nanoTime();
        accounts.createIfMissing(consultant, "Zoé", "Prestataire", DemoUsers.PASSWORD, List.of(Groups.CONSULTANTS),
                UserScope.organisation(consultant, firm.getId()));
        Accompaniment accompaniment = scenario.openInNice();
        missionWithSatisfaction(accompaniment.getId(), firm.getId(), 4, 5, 3);

        String page = body("/admin/prestataires/" + firm.getId());
        assertThat(page).contains("Zoé Prestataire (" + consultant + ")", accompaniment.getBusinessKey(),
                "4,0 / 5 (qualité 4, écoute 5, utilité 3)", "Satisfaction moyenne des structures : 4,0 / 5");

        mvc.perform(post("/admin/prestataires/" + firm.getId()).with(logins.as(ADMIN)).with(csrf())
                        .param("name", "Cabinet renommé").param("siret", siret).param("legalForm", "SCOP")
                        .param("departmentCode", "13").param("city", "Marseille").param("domains", "FUNDING")
                        .param("regionCodes", "93", "28", "32").param("dayRate", "800")
                        .param("contactName", "Accueil").param("contactEmail", "contact@conseil.example"))
                .andExpect(status().is3xxRedirection());
        assertThat(pool.profile(firm.getId()).orElseThrow().getRegionCodes()).containsExactly("28", "32", "93");
        assertThat(audit(firm.getId())).extracting(row -> row.get("action"))
                .containsExactly("prestataire-created", "prestataire-updated");
    }

    @Test
    void aSiretAlreadyRegisteredIsRefusedWithALinkToItsHolder() throws Exception {
        Organisation paje = organisations.findByName("PAJE").orElseThrow();
        mvc.perform(valid(post("/admin/prestataires"), "Doublon " + System.nanoTime(), paje.getSiret()))
                .andExpect(model().attributeHasFieldErrorCode("form", "siret", "admin.structures.siret-taken"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("href=\"/admin/structures/" + paje.getId() + "\""));
    }

    @Test
    void onlyAdministratorsReachThePool() throws Exception {
        long franceMediation = organisations.findByName("France Médiation").orElseThrow().getId();
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.AUDITOR)) {
            mvc.perform(get("/admin/prestataires").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(valid(post("/admin/prestataires/" + franceMediation), "Pirate", "40234567800013")
                    .with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(organisations.findById(franceMediation).orElseThrow().getName()).isEqualTo("France Médiation");
        long paje = organisations.findByName("PAJE").orElseThrow().getId();
        mvc.perform(get("/admin/prestataires/" + paje).with(logins.as(ADMIN))).andExpect(status().isNotFound());
        assertThat(body("/admin/prestataires/new")).contains("Nouveau prestataire", "Numérique", "Hauts-de-France");
        assertThat(body("/admin/prestataires/" + franceMediation)).contains("Inès Fabre", "accompagnement@francemediation.example");
    }

    private void missionWithSatisfaction(long accompanimentId, long firmId, int quality, int listening,
                                         int usefulness) {
        long axis = jdbc.queryForObject("insert into plan_axis (accompaniment_id, revision, priority, title, treatment,"
                + " created_by, created_at) values (?, 1, 1, 'Axe', 'INDIVIDUAL_ENGINEERING', 'test', now())"
                + " returning id", Long.class, accompanimentId);
        long mission = jdbc.queryForObject("insert into engineering_mission (accompaniment_id, plan_axis_id, status,"
                + " consultant_organisation_id) values (?, ?, 'DONE', ?) returning id", Long.class, accompanimentId,
                axis, firmId);
        jdbc.update("insert into mission_end_report (mission_id, summary, results, recommendations, total_days,"
                + " written_by, written_at) values (?, 's', 'r', 'c', 9.5, 'test', now())", mission);
        jdbc.update("insert into mission_satisfaction (mission_id, quality, listening, usefulness, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, 'test', now())", mission, quality, listening, usefulness);
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name, String siret) {
        return request.with(logins.as(ADMIN)).with(csrf()).param("name", name).param("siret", siret)
                .param("legalForm", "SCOP").param("departmentCode", "13").param("city", "Marseille")
                .param("domains", "FUNDING", "GOVERNANCE").param("regionCodes", "93", "28")
                .param("dayRate", "780.50").param("contactName", "Accueil")
                .param("contactEmail", "contact@conseil.example").param("contactPhone", "04 91 00 00 00");
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<Map<String, Object>> audit(long id) {
        return jdbc.queryForList("select actor, action from audit_record where case_type = 'ORGANISATION'"
                + " and case_id = ? order by id", id);
    }
}
