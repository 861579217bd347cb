package fr.parcours.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.admin.FirstRunChecklist;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class AdminHomeControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    FirstRunChecklist checklist;

    @Test
    void administratorsSeeOneCardPerSectionAndOneAdministrationEntryInTheMenu() throws Exception {
        mvc.perform(get("/admin").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/admin/operators\"")))
                .andExpect(content().string(containsString("href=\"/admin/locks\"")))
                .andExpect(content().string(containsString("id=\"nav-admin\"")))
                // The demo shows no first-run checklist.
                .andExpect(content().string(not(containsString("first-run-checklist"))));
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.CONSULTANT)) {
            mvc.perform(get("/admin").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/").with(logins.as(user)))
                    .andExpect(content().string(not(containsString("id=\"nav-admin\""))));
        }
    }

    @Test
    void everyPageSaysItIsADemoAndLinksToTheProfile() throws Exception {
        mvc.perform(get("/").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(content().string(containsString("Mode démonstration : données fictives")))
                .andExpect(content().string(containsString("href=\"/profile\"")));
    }

    @Test
    void theChecklistNamesEachStepWithItsScreen() {
        assertThat(checklist.items()).extracting(FirstRunChecklist.Item::key)
                .containsExactly("territories", "operator", "officer", "prestataire");
        assertThat(checklist.items()).extracting(FirstRunChecklist.Item::link)
                .containsExactly("/admin/operators", "/admin/operators/new", "/admin/users/new", "/admin/prestataires");
        // The demo has territories, officers and prestataires.
        assertThat(checklist.items().get(0).done()).isTrue();
        assertThat(checklist.items().get(2).done()).isTrue();
    }
}
