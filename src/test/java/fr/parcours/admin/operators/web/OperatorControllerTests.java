package fr.parcours.admin.operators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class OperatorControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsReachTheOperators() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.COORDINATOR_LILLE)) {
            mvc.perform(get("/admin/operators").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/operators/new").param("name", "Intrus").with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'Intrus'", Integer.class)).isZero();
        mvc.perform(get("/admin/operators").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name("admin/operators"));
    }

    @Test
    void badInputRedisplaysTheFormWithFrenchErrorsAndSavesNothing() throws Exception {
        String name = "DLA erreurs " + System.nanoTime();
        long audits = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        mvc.perform(post("/admin/operators/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("name", "").param("siret", "12345678901234").param("legalForm", "ASSOCIATION")
                        .param("city", "Nice").param("departmentCode", "06"))
                .andExpect(status().isOk()).andExpect(view().name("admin/operator-form"))
                .andExpect(model().attributeHasFieldErrors("operatorForm", "name", "siret", "departmentCodes"))
                .andExpect(content().string(containsString("Choisissez au moins un département.")))
                .andExpect(content().string(containsString("Ce SIRET n&#39;est pas valide")));
        mvc.perform(post("/admin/operators/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("name", name).param("legalForm", "ASSOCIATION").param("city", "Nice")
                        .param("departmentCode", "06").param("departmentCodes", "06", "59"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("operatorForm", "departmentCodes"))
                .andExpect(content().string(containsString("Choisissez des départements de la région du siège.")));
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(audits);
    }

    @Test
    void anOperatorIsCreatedWithItsDepartmentsAndAuditedThenItsCoverageChanges() throws Exception {
        String name = "DLA Alpes " + System.nanoTime();
        String siret = Scenario.validSiret(System.nanoTime() % 1_000_000_000L);
        mvc.perform(post("/admin/operators/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("name", name).param("siret", siret).param("legalForm", "ASSOCIATION").param("city", "Gap")
                        .param("departmentCode", "05").param("departmentCodes", "05", "04"))
                .andExpect(redirectedUrl("/admin/operators"));
        long id = jdbc.queryForObject("select id from organisation where name = ? and kind = 'OPERATOR' "
                + "and region_code = '93'", Long.class, name);
        assertThat(jdbc.queryForList("select department_code from dla_operator_department where organisation_id = ? "
                + "order by 1", String.class, id)).containsExactly("04", "05");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'dla-operator-created' "
                + "and case_id = ? and actor = ?", Integer.class, id, DemoUsers.ADMIN)).isEqualTo(1);
        mvc.perform(get("/admin/operators").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString(name)));

        mvc.perform(post("/admin/operators/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("name", name + " bis").param("siret", siret).param("legalForm", "ASSOCIATION")
                        .param("city", "Gap").param("departmentCode", "05").param("departmentCodes", "05"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("operatorForm", "siret"));

        mvc.perform(post("/admin/operators/{id}/edit", id).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("departmentCodes", "59"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("operatorForm", "departmentCodes"));
        mvc.perform(post("/admin/operators/{id}/edit", id).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("departmentCodes", "05", "04", "13").param("regional", "true"))
                .andExpect(redirectedUrl("/admin/operators"));
        assertThat(jdbc.queryForList("select department_code from dla_operator_department where organisation_id = ? "
                + "order by 1", String.class, id)).containsExactly("04", "05", "13");
        assertThat(jdbc.queryForObject("select regional from dla_operator where organisation_id = ?", Boolean.class, id))
                .isTrue();
        mvc.perform(get("/admin/operators/{id}/edit", 987654321L).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isNotFound());
    }
}
