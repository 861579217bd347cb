package fr.parcours.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person created or changed outside Parcours' screens (in Camunda Admin, say) whose scope is missing or does not
 * fit their groups sees the French "not set up" page on every scoped page of their role: never an error page,
 * never another scope's data. The administrator's people list flags them.
 */
@ParcoursIntegrationTest
class AccountNotSetUpTests {

    private static final String NOT_SET_UP = "Votre compte n&#39;est pas encore configuré";

    /** The scoped pages of each role. */
    private static final Map<String, List<String>> SCOPED = Map.of(
            Groups.DLA_OFFICERS, List.of("/dla/accompaniments", "/dla/accompaniments/new", "/dla/indicators.csv"),
            Groups.CONSULTANTS, List.of("/missions", "/missions/notices", "/collective/firm"),
            Groups.COORDINATORS, List.of("/collective", "/collective/new", "/collective/region", "/collective/referrals",
                    "/councils", "/councils/indicators", "/councils/activity"),
            Groups.FACILITATORS, List.of("/councils", "/councils/activity", "/councils/activity/new"),
            Groups.AUDITORS, List.of("/audit/search", "/audit/search.csv"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    IdentityService identityService;
    @Autowired
    UserAccounts accounts;

    @Test
    void aPersonWithAGroupButNoScopeSeesTheNotSetUpPageOnEveryScopedPage() throws Exception {
        for (Map.Entry<String, List<String>> role : SCOPED.entrySet()) {
            String user = camundaAdminUser(role.getKey());
            for (String url : role.getValue()) {
                assertNotSetUp(user, url);
            }
        }
    }

    @Test
    void aScopeThatDoesNotFitTheGroupsCountsAsMissing() throws Exception {
        // An officer given a regional scope would see the whole region: they see nothing instead.
        String regionalOfficer = "mismatch-" + System.nanoTime();
        accounts.createIfMissing(regionalOfficer, "Régis", "Décalé", "une phrase de passe assez longue",
                List.of(Groups.DLA_OFFICERS), UserScope.region(regionalOfficer, "93"));
        for (String url : SCOPED.get(Groups.DLA_OFFICERS)) {
            assertNotSetUp(regionalOfficer, url);
        }
        // An officer of 06 whose territorial group was taken away in Camunda Admin.
        String officer = "nogroup-" + System.nanoTime();
        accounts.createIfMissing(officer, "Nora", "Sansgroupe", "une phrase de passe assez longue",
                List.of(Groups.DLA_OFFICERS), UserScope.department(officer, "93", "06"));
        identityService.deleteMembership(officer, Groups.dlaOfficersOf("06"));
        assertNotSetUp(officer, "/dla/accompaniments");

        String list = mvc.perform(get("/admin/users").param("state", "flagged").with(logins.as(DemoUsers.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("person-" + regionalOfficer, "person-" + officer, "Compte non configuré")
                .doesNotContain("person-" + DemoUsers.OFFICER_NICE);
    }

    private void assertNotSetUp(String user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(logins.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(403);
        assertThat(response.getContentAsString()).as(url).contains(NOT_SET_UP);
    }

    /** A user as Camunda Admin creates one: a password and a group, nothing in Parcours. */
    private String camundaAdminUser(String group) {
        String id = "camunda-" + group + "-" + System.nanoTime();
        User user = identityService.newUser(id);
        user.setFirstName("Sans");
        user.setLastName("Périmètre");
        user.setPassword("une phrase de passe assez longue");
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        return id;
    }
}
