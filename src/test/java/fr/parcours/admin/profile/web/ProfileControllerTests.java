package fr.parcours.admin.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class ProfileControllerTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    UserAccounts accounts;
    @Autowired
    IdentityService identityService;

    @Test
    void everyoneSeesTheirRoleAndScope() throws Exception {
        Map<String, List<String>> expected = Map.of(
                DemoUsers.OFFICER_NICE, List.of("Chargé·e d&#39;accompagnement DLA", "Alpes-Maritimes (06)"),
                DemoUsers.CONSULTANT, List.of("Prestataire", "France Médiation"),
                DemoUsers.COORDINATOR_LILLE, List.of("Coordinateur·rice régional·e", "Hauts-de-France"),
                DemoUsers.AUDITOR, List.of("Auditeur·rice", "National"),
                DemoUsers.ADMIN, List.of("Administrateur·rice", "National"));
        for (Map.Entry<String, List<String>> user : expected.entrySet()) {
            String page = mvc.perform(get("/profile").with(logins.as(user.getKey())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(user.getKey()).contains(user.getValue()).contains("href=\"/profile/password\"");
        }
    }

    @Test
    void theNotificationPreferencesLinkShowsOnlyToThoseWhoHoldTasks() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.AUDITOR)) {
            String page = mvc.perform(get("/profile").with(logins.as(user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            boolean holdsTasks = !user.equals(DemoUsers.AUDITOR);
            assertThat(page.contains("id=\"notifications\"")).as(user).isEqualTo(holdsTasks);
            mvc.perform(get("/profile/notifications").with(logins.as(user)))
                    .andExpect(holdsTasks ? status().isOk() : status().isForbidden());
        }
    }

    @Test
    void onesOwnPasswordChangesOnlyWithTheCurrentOneAndWithinThePolicy() throws Exception {
        String user = "profile-" + System.nanoTime();
        accounts.createIfMissing(user, "Paul", "Profil", PASSWORD, List.of(Groups.AUDITORS), UserScope.national(user));

        mvc.perform(post("/profile/password").with(logins.as(user)).with(csrf())
                        .param("currentPassword", "pas le bon").param("newPassword", "un tout autre passage")
                        .param("confirmation", "un tout autre passage"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"))
                .andExpect(content().string(containsString("Ce n&#39;est pas votre mot de passe actuel.")));
        mvc.perform(post("/profile/password").with(logins.as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "paul profil pour toujours")
                        .param("confirmation", "paul profil pour toujours"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"))
                .andExpect(content().string(containsString("ni votre prénom")));
        mvc.perform(post("/profile/password").with(logins.as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "un tout autre passage")
                        .param("confirmation", "un autre passage"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "confirmation"));
        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();

        mvc.perform(post("/profile/password").with(logins.as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "un tout autre passage")
                        .param("confirmation", "un tout autre passage"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(identityService.checkPassword(user, "un tout autre passage")).isTrue();
    }
}
