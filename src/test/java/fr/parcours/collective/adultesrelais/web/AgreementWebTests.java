package fr.parcours.collective.adultesrelais.web;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.TASK_PLAN_RENEWAL;
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
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.AgreementScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The agreements' form and pages, the renewal task's form, and the collective's count of posts made permanent. */
@ParcoursIntegrationTest
class AgreementWebTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    AgreementScenario agreements;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormRefusesBadInputAndSavesAGoodAgreementWithItsProcess() throws Exception {
        Organisation structure = scenario.newStructure("06", "93");
        String id = structure.getId().toString();
        mvc.perform(get("/adultes-relais/new").with(logins.as(OFFICER))).andExpect(status().isOk())
                .andExpect(view().name("collective/adultes-relais/form"));
        mvc.perform(post("/adultes-relais").with(logins.as(OFFICER)).with(csrf()).param("organisationId", id)
                        .param("qpv", "Les Moulins").param("jobTitle", " ").param("startDate", "2025-01-01")
                        .param("endDate", "2024-12-31").param("stateAid", "-10"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "jobTitle", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "adultes-relais.error.end-before-start"))
                .andExpect(model().attributeHasFieldErrorCode("form", "stateAid", "Positive"));
        Organisation lille = scenario.newStructure("59", "32");
        mvc.perform(post("/adultes-relais").with(logins.as(OFFICER)).with(csrf())
                        .param("organisationId", lille.getId().toString()).param("qpv", "Moulins")
                        .param("jobTitle", "Médiateur").param("startDate", "2025-01-01").param("endDate", "2028-01-01")
                        .param("stateAid", "20000"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "NotAllowed"));
        assertThat(count(structure) + count(lille)).isZero();

        mvc.perform(post("/adultes-relais").with(logins.as(OFFICER)).with(csrf()).param("organisationId", id)
                        .param("qpv", "Les Moulins").param("jobTitle", "Médiateur social").param("startDate", "2025-01-01")
                        .param("endDate", "2028-01-01").param("stateAid", "20000.00"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(structure)).isEqualTo(1);
        long agreement = jdbc.queryForObject("select id from adulte_relais_agreement where organisation_id = ?",
                Long.class, structure.getId());
        assertThat(jdbc.queryForObject("select process_instance_id from adulte_relais_agreement where id = ?",
                String.class, agreement)).isNotNull();
        assertThat(body("/adultes-relais", OFFICER)).contains(structure.getName(), "Médiateur social");
        assertThat(body("/adultes-relais/" + agreement, OFFICER)).contains("01/07/2027");
        mvc.perform(get("/adultes-relais/{id}", agreement).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/adultes-relais").with(logins.as(DemoUsers.CONSULTANT))).andExpect(status().isForbidden());
        mvc.perform(post("/adultes-relais").with(logins.as(DemoUsers.AUDITOR)).with(csrf()).param("organisationId", id))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRenewalTaskFormValidatesThenTheMadePermanentPostCountsOnTheCollective() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);
        long organisationId = jdbc.queryForObject("select organisation_id from collective_participation where id = ?",
                Long.class, participation);
        AdulteRelaisAgreement agreement = agreements.record(organisationId, LocalDate.now().plusMonths(2),
                CollectiveScenario.COORDINATOR);
        agreements.remind(agreement);
        Task task = scenario.task(agreement.getProcessInstanceId(), TASK_PLAN_RENEWAL);
        String url = "/adultes-relais/tasks/" + task.getId() + "/plan";

        mvc.perform(get(url).with(logins.as(CollectiveScenario.COORDINATOR))).andExpect(status().isOk())
                .andExpect(view().name("collective/adultes-relais/plan"));
        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf()).param("outcome", "RENEW")
                        .param("decidedOn", LocalDate.now().toString()).param("newEndDate", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newEndDate", "adultes-relais.error.renewal-not-later"))
                .andExpect(model().attributeHasFieldErrorCode("form", "stateAid", "NotNull"));
        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("decidedOn", LocalDate.now().plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "outcome", "decidedOn"));
        assertThat(scenario.task(agreement.getProcessInstanceId(), TASK_PLAN_RENEWAL).getId()).isEqualTo(task.getId());
        String provence = collectiveScenario.coordinatorOfProvence();
        mvc.perform(get(url).with(logins.as(provence))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/adultes-relais/{id}", agreement.getId()).with(logins.as(provence)))
                .andExpect(status().isNotFound());

        mvc.perform(post(url).with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())
                        .param("outcome", "MAKE_PERMANENT").param("decidedOn", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select status from adulte_relais_agreement where id = ?", String.class,
                agreement.getId())).isEqualTo("MADE_PERMANENT");
        assertThat(body("/collective/" + collective.getId() + "/structures/" + participation + "/deliverables",
                CollectiveScenario.COORDINATOR)).containsPattern("id=\"made-permanent\"[^>]*>1<");
    }

    private int count(Organisation structure) {
        return jdbc.queryForObject("select count(*) from adulte_relais_agreement where organisation_id = ?",
                Integer.class, structure.getId());
    }

    private String body(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
