package fr.parcours.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.process.CouncilCycleProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.UserAccounts;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The history page of a collective DLA and of a council cycle: same content as an accompaniment's, linked
 * from the search results.
 */
@ParcoursIntegrationTest
class OtherCaseHistoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CollectiveScenario collectives;
    @Autowired
    CouncilScenario councils;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCollectiveHasItsStepsChangesVariablesAndDiagram() throws Exception {
        CollectiveAccompaniment collective = collectives.openInHautsDeFrance();
        collectives.mobilise(collective, collectives.structures(2));

        String html = page("/audit/collectives/{id}", collective.getId());

        assertThat(html).contains(collective.getBusinessKey()).contains("Recensement")
                .contains("/audit/collectives/" + collective.getId() + "/diagram-data");
        assertThat(matches(html, "data-activity")).containsSubsequence(DlaCollectiveProcess.TASK_RECORD_CENSUS,
                DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING, DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS);
        assertThat(matches(html, "data-action")).isEqualTo(actions("COLLECTIVE", collective.getId())).isNotEmpty();
        assertThat(matches(html, "data-variable")).contains(DlaCollectiveProcess.VAR_COLLECTIVE_ID);

        mvc.perform(get("/audit/collectives/{id}/diagram-data", collective.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", Matchers.hasItems(DlaCollectiveProcess.TASK_RECORD_CENSUS,
                        DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING)))
                .andExpect(jsonPath("$.active", Matchers.hasItems(DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS)));
        mvc.perform(get("/audit/collectives/{id}/diagram.bpmn", collective.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + DlaCollectiveProcess.KEY + "\"")));
        assertThat(page("/audit/collectives/{id}?print=true", collective.getId()))
                .doesNotContain("id=\"audit-diagram\"").contains("data-print").contains("/js/print-page.js");
        assertThat(page("/audit/search?actor={actor}&action=collective-opened", CollectiveScenario.COORDINATOR))
                .contains("href=\"/audit/collectives/" + collective.getId() + "\"");
    }

    @Test
    void aCouncilCycleHasItsStepsChangesAndDiagramButNotForAnotherRegionsAuditor() throws Exception {
        Council council = councils.parisCouncil(2, 1);
        String facilitator = councils.facilitatorOf(council);
        CouncilCycle cycle = councils.startCycle(council);
        councils.toMeeting(cycle, facilitator);

        String html = page("/audit/council-cycles/{id}", cycle.getId());

        assertThat(html).contains(council.getName()).contains("Cycle en cours");
        assertThat(matches(html, "data-activity")).containsSubsequence(CouncilCycleProcess.TASK_RECORD_MOBILISATION,
                CouncilCycleProcess.TASK_PREPARE_MEETING, CouncilCycleProcess.TASK_HOLD_MEETING);
        assertThat(html).contains("class=\"who\">" + facilitator + "<");
        assertThat(matches(html, "data-action")).isEqualTo(actions("COUNCIL_CYCLE", cycle.getId())).isNotEmpty();

        mvc.perform(get("/audit/council-cycles/{id}/diagram-data", cycle.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", Matchers.hasItems(CouncilCycleProcess.TASK_RECORD_MOBILISATION,
                        CouncilCycleProcess.TASK_PREPARE_MEETING)))
                .andExpect(jsonPath("$.active", Matchers.hasItems(CouncilCycleProcess.TASK_HOLD_MEETING)));
        mvc.perform(get("/audit/council-cycles/{id}/diagram.bpmn", cycle.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + CouncilCycleProcess.KEY + "\"")));

        assertThat(page("/audit/search?actor={actor}", facilitator))
                .contains("href=\"/audit/council-cycles/" + cycle.getId() + "\"");

        String regional = AuditUsers.regionalAuditor(accounts);
        for (String path : List.of("", "/diagram-data", "/diagram.bpmn")) {
            mvc.perform(get("/audit/council-cycles/{id}" + path, cycle.getId()).with(logins.as(regional)))
                    .andExpect(status().isNotFound());
        }
    }

    private List<String> actions(String caseType, long caseId) {
        return jdbc.queryForList("select action from audit_record where case_type = ? and case_id = ?"
                + " order by occurred_at, id", String.class, caseType, caseId);
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> matches(String html, String attribute) {
        Matcher matcher = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
