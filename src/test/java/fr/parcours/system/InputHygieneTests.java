package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input is a field error or a 4xx, never a 500: control characters in text, unknown languages. */
@ParcoursIntegrationTest
class InputHygieneTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulCharacterInACouncilsNameIsAFrenchFieldErrorAndCreatesNothing() throws Exception {
        String name = "Conseil " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(councilForm(post("/councils/new"), name + "\u0000").with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("councilForm", "name", "typeMismatch"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("caractères non autorisés")));

        assertThat(jdbc.queryForObject("select count(*) from council where name like ?", Integer.class,
                name + "%")).isZero();
    }

    @Test
    void aNulCharacterWhenEditingACouncilIsAFieldErrorAndChangesNothing() throws Exception {
        String name = "Conseil " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(councilForm(post("/councils/new"), name).with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().is3xxRedirection());
        long councilId = jdbc.queryForObject("select id from council where name = ?", Long.class, name);

        mvc.perform(councilForm(post("/councils/{id}/edit", councilId), name).param("neighbourhoods", "Fives\u0007")
                        .with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("councilForm", "neighbourhoods", "typeMismatch"));

        assertThat(jdbc.queryForObject("select neighbourhoods from council where id = ?", String.class, councilId))
                .isNull();
    }

    @Test
    void aControlCharacterInASearchIsAFieldErrorAndSearchesNothing() throws Exception {
        mvc.perform(get("/audit/search").param("organisation", "PAJE\u0000").with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "organisation", "typeMismatch"))
                .andExpect(model().attributeDoesNotExist("result"));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/login").param("lang", "!!"))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("parcours-lang"));
        mvc.perform(get("/").param("lang", "!!").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk());
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("parcours-lang", "en"));
    }

    /** A Nord council set up by the préfet's arrêté of 14 October 2016. */
    private static MockHttpServletRequestBuilder councilForm(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf()).param("name", name).param("city", "Lille").param("regionCode", "32")
                .param("departmentCode", "59").param("prefectOrderDate", "2016-10-14");
    }
}
