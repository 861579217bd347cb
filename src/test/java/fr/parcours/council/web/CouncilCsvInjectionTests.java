package fr.parcours.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A member named like a spreadsheet formula stays text in every council export a facilitator downloads. */
@ParcoursIntegrationTest
class CouncilCsvInjectionTests {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\";\"Ouvrir\")";

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
    void aFormulaTypedAsANameIsNeutralisedInTheAttendanceAndMemberExports() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        long member = councilMembers.addMember(council.getId(), new NewMember(FORMULA, College.RESIDENTS,
                Gender.FEMALE, LocalDate.of(2017, 1, 2)), DemoUsers.ADMIN).getId();
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Nettoyer le square"));
        long meeting = jdbc.queryForObject("select id from council_meeting where cycle_id = ?", Long.class,
                cycle.getId());

        String attendance = download("/councils/{c}/meetings/{m}/attendance.csv", facilitator, council.getId(), meeting);
        String memberData = download("/councils/{c}/members/{m}/export.csv", facilitator, council.getId(), member);

        for (String csv : List.of(attendance, memberData)) {
            assertThat(csv).contains("'=HYPERLINK(").doesNotContain(";=HYPERLINK(").doesNotContain("\n=HYPERLINK(")
                    .doesNotContain(";\"=HYPERLINK(");
        }
    }

    private String download(String path, String user, Object... ids) throws Exception {
        return mvc.perform(get(path, ids).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
