package fr.parcours.council.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class MemberPrivacyControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilMembers councilMembers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theExportHoldsIdentityCollegeDatesAndMeetingsAttended() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String name = "Salimata " + UUID.randomUUID().toString().substring(0, 6);
        long member = withHeldMeeting(council, facilitator, name);

        String csv = mvc.perform(get("/councils/{c}/members/{m}/export.csv", council.getId(), member)
                        .with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(name, council.getName(), "Habitants", "Femme", "02/01/2017", "Réunion suivie le;20/04/2017");

        mvc.perform(get("/councils/{c}/members/{m}/export.json", council.getId(), member).with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(name))
                .andExpect(jsonPath("$.college").value("RESIDENTS"))
                .andExpect(jsonPath("$.gender").value("FEMALE"))
                .andExpect(jsonPath("$.joinedOn").value("2017-01-02"))
                .andExpect(jsonPath("$.meetingsAttended[0]").value("2017-04-20"));
        mvc.perform(get("/councils/{c}/members/{m}/privacy", council.getId(), member).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/member-privacy"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
    }

    @Test
    void erasureRemovesTheNameEverywhereAndKeepsAttendanceCounts() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String name = "Bintou " + UUID.randomUUID().toString().substring(0, 6);
        long member = withHeldMeeting(council, facilitator, name);
        List<Map<String, Object>> countsBefore = attendanceCounts(council);
        assertThat(tablesMentioning(name)).isNotEmpty();

        mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(facilitator))
                        .with(csrf()))
                .andExpect(flash().attribute("warning", "council.rgpd.erase.unconfirmed"));
        assertThat(tablesMentioning(name)).isNotEmpty();

        mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(facilitator))
                        .with(csrf()).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "council.rgpd.erased"));

        assertThat(tablesMentioning(name)).isEmpty();
        assertThat(attendanceCounts(council)).isEqualTo(countsBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'council-member-erased'"
                + " and case_id = ?", Integer.class, council.getId())).isEqualTo(1);
        mvc.perform(get("/councils/{c}/members/{m}/export.json", council.getId(), member).with(logins.as(facilitator)))
                .andExpect(status().isNotFound());
        long meeting = jdbc.queryForObject("select meeting_id from council_attendance where member_id = ?", Long.class,
                member);
        String attendance = mvc.perform(get("/councils/{c}/meetings/{m}/attendance.csv", council.getId(), meeting)
                        .with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(attendance).contains("Membre anonymisé").doesNotContain(name);
    }

    @Test
    void strangersGet404OfficersAndAuditorsGet403AndNothingIsErased() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        councilScenario.facilitatorOf(council);
        long member = jdbc.queryForObject("select min(id) from council_member where council_id = ?", Long.class,
                council.getId());
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));

        mvc.perform(get("/councils/{c}/members/{m}/export.csv", council.getId(), member).with(logins.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(stranger))
                .with(csrf()).param("confirmed", "true")).andExpect(status().isNotFound());
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR)) {
            mvc.perform(get("/councils/{c}/members/{m}/export.json", council.getId(), member).with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(user))
                    .with(csrf()).param("confirmed", "true")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(DemoUsers.ADMIN))
                .param("confirmed", "true")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select full_name from council_member where id = ?", String.class, member))
                .isNotNull();
    }

    /** A resident named {@code name} present at a held meeting whose decided action she owns. */
    private long withHeldMeeting(Council council, String facilitator, String name) {
        long member = councilMembers.addMember(council.getId(), new NewMember(name, College.RESIDENTS, Gender.FEMALE,
                LocalDate.of(2017, 1, 2)), DemoUsers.ADMIN).getId();
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Nettoyer le square"));
        jdbc.update("update council_action set owner = ? where meeting_id in (select id from council_meeting"
                + " where cycle_id = ?)", name, cycle.getId());
        return member;
    }

    private List<Map<String, Object>> attendanceCounts(Council council) {
        return jdbc.queryForList("""
                select a.meeting_id, m.college, m.gender, count(*) as present
                from council_attendance a join council_member m on m.id = a.member_id
                where m.council_id = ? group by a.meeting_id, m.college, m.gender
                order by a.meeting_id, m.college, m.gender""", council.getId());
    }

    /** Every table of the application schema whose rows mention the name (council tables, audit trail, engine). */
    private List<String> tablesMentioning(String name) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class);
        return tables.stream().filter(table -> jdbc.queryForObject(
                "select count(*) from \"%s\" t where t::text like ?".formatted(table), Integer.class,
                "%" + name + "%") > 0).toList();
    }
}
