package fr.parcours.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The header's link to one's profile names the signed-in person, not their login id. */
@ParcoursIntegrationTest
class ProfileLinkTests {

    private static final Pattern PROFILE_LINK = Pattern.compile("<a [^>]*id=\"nav-profile\"[^>]*>([^<]*)</a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    UserAccounts accounts;

    @Test
    void theHeaderShowsTheFullNameOfTheSignedInPerson() throws Exception {
        Matcher link = profileLink(DemoUsers.OFFICER_NICE);
        assertThat(link.group(1)).isEqualTo("Camille Roux");
        assertThat(link.group()).contains("href=\"/profile\"", "aria-label=\"Mon profil\"")
                .doesNotContain(DemoUsers.OFFICER_NICE);
    }

    @Test
    void aPersonWithNoRecordedNameIsShownByTheirLoginId() throws Exception {
        String id = "sans.nom." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(id, null, null, DemoUsers.PASSWORD, List.of(Groups.AUDITORS), UserScope.national(id));
        assertThat(profileLink(id).group(1)).isEqualTo(id);
    }

    @Test
    void aRenamedPersonSeesTheirNewNameAtTheirNextPage() throws Exception {
        String id = "renomme." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(id, "Anne", "Martin", DemoUsers.PASSWORD, List.of(Groups.AUDITORS),
                UserScope.national(id));
        assertThat(profileLink(id).group(1)).isEqualTo("Anne Martin");
        accounts.rename(new UserAccounts.NewPerson(id, "Anne", "Martin-Leroy", id + "@parcours.example"));
        assertThat(profileLink(id).group(1)).isEqualTo("Anne Martin-Leroy");
    }

    private Matcher profileLink(String userId) throws Exception {
        String page = mvc.perform(get("/").with(logins.as(userId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = PROFILE_LINK.matcher(page);
        assertThat(link.find()).as("profile link in " + page).isTrue();
        return link;
    }
}
