package fr.parcours.collective.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Carrying organisations and departmental operators, named on the new-collective form or changed later. */
@ParcoursIntegrationTest
class PartnerControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCollectiveOpenedWithItsPartnersShowsThemOnItsPageAndInTheList() throws Exception {
        String title = "Collectif porté " + System.nanoTime();
        Organisation cress = named("CRESS Hauts-de-France");
        Organisation mra = named("France Médiation");
        Organisation nordActif = named("Nord Actif");

        mvc.perform(post("/collective").with(logins.as(COORDINATOR)).with(csrf()).param("title", title)
                        .param("regionCode", "32").param("plannedMonths", "6").param("startDate", LocalDate.now().toString())
                        .param("partners.carrierIds", mra.getId().toString(), cress.getId().toString())
                        .param("partners.operatorIds", nordActif.getId().toString()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from collective_accompaniment where title = ?", Long.class, title);

        assertThat(partners(id)).containsExactly("CARRIER CRESS Hauts-de-France", "CARRIER France Médiation",
                "OPERATOR Nord Actif");
        assertThat(audited(id)).contains("collective-opened", "collective-partners-recorded");
        String page = body("/collective/" + id);
        assertThat(page).containsPattern("id=\"carriers\">\\s*<span>CRESS Hauts-de-France, France Médiation</span>")
                .containsPattern("id=\"operators\">Nord Actif<");
        assertThat(body("/collective")).contains("CRESS Hauts-de-France, France Médiation", "Opérateurs : Nord Actif");
    }

    @Test
    void theNewFormRefusesAnOperatorOfAnotherRegionOrAStructureAsCarrierAndOpensNothing() throws Exception {
        String title = "Collectif refusé " + System.nanoTime();
        Organisation provence = organisations.save(new Organisation("Opérateur Var " + System.nanoTime(), null,
                "Association", OrganisationKind.OPERATOR, "Toulon", "83", "93"));
        Organisation structure = collectiveScenario.structures(1).get(0);

        mvc.perform(post("/collective").with(logins.as(COORDINATOR)).with(csrf()).param("title", title)
                        .param("regionCode", "32").param("plannedMonths", "6").param("startDate", LocalDate.now().toString())
                        .param("partners.carrierIds", structure.getId().toString())
                        .param("partners.operatorIds", provence.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/new-collective"))
                .andExpect(model().attributeHasFieldErrorCode("form", "partners.carrierIds", "NotAllowed"))
                .andExpect(model().attributeHasFieldErrorCode("form", "partners.operatorIds", "OperatorOutsideRegion"));

        assertThat(jdbc.queryForObject("select count(*) from collective_accompaniment where title = ?", Integer.class,
                title)).isZero();
    }

    @Test
    void theRegionsCoordinatorChangesThePartnersAndBadInputChangesNothing() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long id = collective.getId();
        Organisation cress = named("CRESS Hauts-de-France");
        Organisation nordActif = named("Nord Actif");

        mvc.perform(get("/collective/{id}/partners", id).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(view().name("collective/partners"));
        mvc.perform(post("/collective/{id}/partners", id).with(logins.as(COORDINATOR)).with(csrf())
                        .param("carrierIds", cress.getId().toString()).param("operatorIds", nordActif.getId().toString()))
                .andExpect(redirectedUrl("/collective/" + id))
                .andExpect(flash().attribute("success", "collective.partners.saved"));
        assertThat(partners(id)).containsExactly("CARRIER CRESS Hauts-de-France", "OPERATOR Nord Actif");
        assertThat(audited(id)).contains("collective-partners-recorded");

        mvc.perform(post("/collective/{id}/partners", id).with(logins.as(COORDINATOR)).with(csrf())
                        .param("carrierIds", nordActif.getId().toString()).param("operatorIds", nordActif.getId().toString()))
                .andExpect(status().isOk()).andExpect(view().name("collective/partners"))
                .andExpect(model().attributeHasFieldErrorCode("form", "operatorIds", "PartnerTwice"));
        mvc.perform(post("/collective/{id}/partners", id).with(logins.as(COORDINATOR)).with(csrf())
                        .param("carrierIds", "abc"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "carrierIds"));
        assertThat(partners(id)).containsExactly("CARRIER CRESS Hauts-de-France", "OPERATOR Nord Actif");
    }

    @Test
    void anotherRegionGets404AndAnOfficer403() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String provence = collectiveScenario.coordinatorOfProvence();
        String cress = named("CRESS Hauts-de-France").getId().toString();

        mvc.perform(get("/collective/{id}/partners", collective.getId()).with(logins.as(provence)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/collective/{id}/partners", collective.getId()).with(logins.as(provence)).with(csrf())
                        .param("carrierIds", cress))
                .andExpect(status().isNotFound());
        mvc.perform(get("/collective/{id}/partners", collective.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/collective/{id}/partners", collective.getId()).with(logins.as(DemoUsers.OFFICER_LILLE))
                        .with(csrf()).param("carrierIds", cress))
                .andExpect(status().isForbidden());
        assertThat(partners(collective.getId())).isEmpty();
    }

    private Organisation named(String name) {
        return organisations.findByName(name).orElseThrow();
    }

    private List<String> partners(long collectiveId) {
        return jdbc.queryForList("select p.role || ' ' || o.name from collective_partner p join organisation o"
                + " on o.id = p.organisation_id where p.collective_id = ? order by p.role, o.name", String.class, collectiveId);
    }

    private List<String> audited(long collectiveId) {
        return jdbc.queryForList("select action from audit_record where case_type = 'COLLECTIVE' and case_id = ?",
                String.class, collectiveId);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
