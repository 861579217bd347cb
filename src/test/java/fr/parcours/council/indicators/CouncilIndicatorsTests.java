package fr.parcours.council.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class CouncilIndicatorsTests {

    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilIndicators indicators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void aNewCouncilHasNothingToShow() {
        Council council = councilScenario.parisCouncil(2, 1);

        assertThat(indicators.of(council.getId()))
                .isEqualTo(new CouncilIndicators.Indicators(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void oneHeldMeetingCountsAttendanceByCollegeAndGenderContactsActionsAndSupportGiven() throws Exception {
        Council council = councilScenario.parisCouncil(3, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Nettoyer le square", "Fête de quartier"));
        jdbc.update("update council_action set status = 'DONE', done_on = date '2017-05-10' where id = (select min(a.id)"
                + " from council_action a join council_meeting m on m.id = a.meeting_id where m.cycle_id = ?)",
                cycle.getId());
        // The facilitator's support to the decided actions, as the follow-up form records it (axis 3).
        jdbc.update("update council_action set support = case when status = 'DONE' then 'LOGISTIC' else 'ADMINISTRATIVE'"
                + " end where meeting_id in (select id from council_meeting where cycle_id = ?)", cycle.getId());

        CouncilIndicators.Indicators result = indicators.of(council.getId());

        // Residents alternate genders (F, M, F); the one local actor is a woman; the door-to-door made 40 contacts.
        assertThat(result).isEqualTo(new CouncilIndicators.Indicators(1, 40, 2, 1, 2, 1, 0, 1, 0, 0, 1, 1));
        assertThat(result.attendances()).isEqualTo(4);
        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 actions décidées, dont 1 réalisées")))
                .andExpect(content().string(Matchers.containsString(
                        "Appui apporté à 2 actions : 1 logistique, 1 administratif")));
    }
}
