package fr.parcours.dla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Siret;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The new request form: an existing structure or a new one, and nothing created on bad input. */
@ParcoursIntegrationTest
class AccompanimentControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void showsTheFormWithTheOfficersDepartment() throws Exception {
        mvc.perform(get("/dla/accompaniments/new").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/new-accompaniment"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("departmentCode",
                        org.hamcrest.Matchers.is("06"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
        mvc.perform(get("/dla/accompaniments/new").param("lang", "en").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Aided contracts")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
    }

    @Test
    void registersANewStructureAndOpensItsAccompaniment() throws Exception {
        String siret = uniqueSiret();

        MvcResult result = mvc.perform(newStructure(spaced(siret)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "accompaniment.opened"))
                .andReturn();

        Organisation saved = organisations.findBySiret(siret).orElseThrow();
        assertThat(saved.getDepartmentCode()).isEqualTo("06");
        assertThat(saved.getRegionCode()).isEqualTo("93");
        assertThat(saved.getLegalForm()).isEqualTo("SCIC");
        assertThat(saved.getEmployees()).isEqualTo(9);
        assertThat(saved.getAidedContracts()).isEqualTo(2);
        assertThat(saved.getNafCode().code()).isEqualTo("88.99B");
        assertThat(saved.isQpv()).as("an unticked box").isFalse();
        Long accompanimentId = jdbc.queryForObject(
                "select id from accompaniment where organisation_id = ?", Long.class, saved.getId());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/dla/accompaniments/" + accompanimentId);
        Accompaniment opened = accompaniments.findById(accompanimentId).orElseThrow();
        assertThat(opened.getMotive()).isEqualTo("Structurer le service de médiation");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(opened.getProcessInstanceId())
                .active().count()).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT'"
                + " and case_id = ? order by occurred_at, id", String.class, accompanimentId))
                .containsExactly("structure-registered", "opened");
    }

    @Test
    void aNewStructureIsRegisteredWithItsNafCodeAndQpvFlagForTheAnnualReport() throws Exception {
        String siret = uniqueSiret();

        mvc.perform(newStructure(siret, "nafCode", "94.99z", "qpv", "true"))
                .andExpect(status().is3xxRedirection());

        Organisation saved = organisations.findBySiret(siret).orElseThrow();
        assertThat(saved.getNafCode().code()).as("typed in lower case, stored normalised").isEqualTo("94.99Z");
        assertThat(saved.getNafCode().section()).isEqualTo('S');
        assertThat(saved.isQpv()).isTrue();
        assertThat(jdbc.queryForObject("select naf_code from organisation where siret = ?", String.class, siret))
                .isEqualTo("94.99Z");
    }

    @Test
    void aBadNafCodeIsRefusedWithAFrenchErrorAndNothingIsCreated() throws Exception {
        String siret = uniqueSiret();
        String page = refusedWithNothingCreated(newStructure(siret, "nafCode", "88.9"), "nafCode");
        assertThat(page).contains("Ce code NAF n&#39;est pas valide");
        assertThat(organisations.findBySiret(siret)).isEmpty();
    }

    @Test
    void aNewStructureWithoutNafCodeIsRefused() throws Exception {
        String siret = uniqueSiret();
        refusedWithNothingCreated(newStructure(siret, "nafCode", ""), "nafCode");
        assertThat(organisations.findBySiret(siret)).isEmpty();
    }

    @Test
    void theNewStructuresFieldsAreNotCheckedForAnExistingStructure() throws Exception {
        Organisation structure = scenario.newStructure("06", "93");

        mvc.perform(post("/dla/accompaniments").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("newStructure", "false").param("organisationId", structure.getId().toString())
                        .param("nafCode", "pas un code").param("siret", "123")
                        .param("motive", "Demande pour une structure connue"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from accompaniment where organisation_id = ? and motive = ?",
                Integer.class, structure.getId(), "Demande pour une structure connue")).isEqualTo(1);
    }

    @Test
    void opensAnAccompanimentForAnExistingStructure() throws Exception {
        Organisation structure = scenario.newStructure("06", "93");

        mvc.perform(post("/dla/accompaniments").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("newStructure", "false").param("organisationId", structure.getId().toString())
                        .param("motive", "Consolider les postes d'adultes-relais"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from accompaniment where organisation_id = ? and motive = ?",
                Integer.class, structure.getId(), "Consolider les postes d'adultes-relais")).isEqualTo(1);
    }

    @Test
    void aSiretWithABadChecksumIsRefused() throws Exception {
        String siret = uniqueSiret();
        String broken = siret.substring(0, 13) + (char) ('0' + (siret.charAt(13) - '0' + 1) % 10);
        refusedWithNothingCreated(newStructure(broken), "siret");
    }

    @Test
    void aSiretAlreadyRegisteredIsRefused() throws Exception {
        Organisation existing = scenario.newStructure("06", "93");
        refusedWithNothingCreated(newStructure(existing.getSiret()), "siret");
        assertThat(jdbc.queryForObject("select count(*) from organisation where siret = ?", Integer.class,
                existing.getSiret())).isEqualTo(1);
    }

    @Test
    void aNegativeHeadcountIsRefused() throws Exception {
        String siret = uniqueSiret();
        refusedWithNothingCreated(newStructure(siret, "employees", "-1"), "employees");
    }

    @Test
    void aDepartmentOutsideTheOfficersTerritoryIsRefused() throws Exception {
        String siret = uniqueSiret();
        refusedWithNothingCreated(newStructure(siret, "departmentCode", "59"), "departmentCode");
    }

    @Test
    void aTooLongMotiveIsRefused() throws Exception {
        String siret = uniqueSiret();
        refusedWithNothingCreated(newStructure(siret, "motive", "m".repeat(2001)), "motive");
    }

    @Test
    void aStructureOfAnotherTerritoryCannotBeChosen() throws Exception {
        Organisation lille = scenario.newStructure("59", "32");
        long accompanimentsBefore = count("accompaniment");

        mvc.perform(post("/dla/accompaniments").with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("newStructure", "false").param("organisationId", lille.getId().toString())
                        .param("motive", "Demande"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "organisationId"));

        assertThat(count("accompaniment")).isEqualTo(accompanimentsBefore);
    }

    private String refusedWithNothingCreated(MockHttpServletRequestBuilder request, String field)
            throws Exception {
        long organisationsBefore = count("organisation");
        long accompanimentsBefore = count("accompaniment");
        long processesBefore = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(DlaIndividualProcess.KEY).count();

        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("dla/new-accompaniment"))
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")))
                .andReturn().getResponse().getContentAsString();

        assertThat(count("organisation")).isEqualTo(organisationsBefore);
        assertThat(count("accompaniment")).isEqualTo(accompanimentsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DlaIndividualProcess.KEY).count())
                .isEqualTo(processesBefore);
        return page;
    }

    /** A valid new-structure request from the Nice officer; {@code overrides} are name/value pairs. */
    private MockHttpServletRequestBuilder newStructure(String siret, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("newStructure", "true");
        fields.put("name", "Médiation Côte d'Azur " + siret);
        fields.put("siret", siret);
        fields.put("legalForm", "SCIC");
        fields.put("nafCode", "88.99B");
        fields.put("departmentCode", "06");
        fields.put("city", "Antibes");
        fields.put("sector", "Médiation sociale");
        fields.put("employees", "9");
        fields.put("aidedContracts", "2");
        fields.put("motive", "Structurer le service de médiation");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/dla/accompaniments")
                .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** A SIRET no other test uses, with its check digit. */
    static String uniqueSiret() {
        String base = String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        for (int check = 0; check < 10; check++) {
            if (Siret.isValid(base + check)) {
                return base + check;
            }
        }
        throw new IllegalStateException("Every SIRET base has one check digit");
    }

    private static String spaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
    }
}
