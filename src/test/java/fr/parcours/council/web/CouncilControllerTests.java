package fr.parcours.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class CouncilControllerTests {

    private static final String COORDINATOR_PARIS = "coord.test-idf";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorListsTheirCouncilOnlyAndGets404ForAnother() throws Exception {
        Council mine = councilScenario.parisCouncil(4, 6);
        Council other = councilScenario.parisCouncil(10, 6);
        String facilitator = councilScenario.facilitatorOf(mine);

        String list = mvc.perform(get("/councils").with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/councils"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(mine.getName()).doesNotContain(other.getName());
        mvc.perform(get("/councils/{id}", mine.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lamy-warnings")));
        mvc.perform(get("/councils/{id}", other.getId()).with(logins.as(facilitator))).andExpect(status().isNotFound());
        mvc.perform(post("/councils/{id}/cycles", other.getId()).with(logins.as(facilitator)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from council_cycle where council_id = ?", Integer.class,
                other.getId())).isZero();
    }

    @Test
    void theRegionsCoordinatorSeesItsCouncilsAndOfficersAreForbidden() throws Exception {
        Council council = councilScenario.parisCouncil(10, 6);
        accounts.createIfMissing(COORDINATOR_PARIS, "Coralie", "Test", DemoUsers.PASSWORD,
                List.of(Groups.COORDINATORS), UserScope.region(COORDINATOR_PARIS, "11"));

        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk());
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT)) {
            mvc.perform(get("/councils").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theDemoFacilitatorOfParisFollowsThe18eOnly() throws Exception {
        String list = mvc.perform(get("/councils").with(logins.as(DemoUsers.FACILITATOR_PARIS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(list).contains("Conseil citoyen Paris 18e").doesNotContain("Conseil citoyen Paris 10e");
        String all = mvc.perform(get("/councils").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Conseil citoyen Paris 10e", "Conseil citoyen Paris 20e");
    }

    @Test
    void theFacilitatorStartsTheFirstCycleOnce() throws Exception {
        Council council = councilScenario.parisCouncil(10, 6);
        String facilitator = councilScenario.facilitatorOf(council);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/councils/{id}/cycles", council.getId()).with(logins.as(facilitator)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(jdbc.queryForObject("select count(*) from council_cycle where council_id = ?", Integer.class,
                council.getId())).isEqualTo(1);
    }

    @Test
    void theAttendanceRecordIsPrintableAndExportedInFrench() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Fête de quartier en juin"));
        long meetingId = jdbc.queryForObject("select id from council_meeting where cycle_id = ?", Long.class,
                cycle.getId());

        mvc.perform(get("/councils/{c}/meetings/{m}/attendance", council.getId(), meetingId)
                        .with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/attendance"));
        byte[] csv = mvc.perform(get("/councils/{c}/meetings/{m}/attendance.csv", council.getId(), meetingId)
                        .with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFConseil;Réunion;Membre;Collège;Genre;Présence");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("20/04/2017", "Présent·e");
        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fête de quartier en juin")));
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        mvc.perform(get("/councils/{c}/meetings/{m}/attendance.csv", council.getId(), meetingId)
                .with(logins.as(stranger))).andExpect(status().isNotFound());
    }
}
