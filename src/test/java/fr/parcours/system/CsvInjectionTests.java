package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A name or text typed like a spreadsheet formula comes out of every CSV export as text: the DLA indicators, the
 * audit search, the collective dashboard, the councils' indicators and the activity sheet (the regional view,
 * attendance, member data and the budget export have their own tests).
 */
@ParcoursIntegrationTest
class CsvInjectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectives;
    @Autowired
    CouncilScenario councils;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStructureNamedLikeAFormulaIsTextInTheIndicatorsAndAuditExports() throws Exception {
        String marker = marker();
        Accompaniment accompaniment = scenario.openInNice();
        jdbc.update("update organisation set name = ? where id = ?", formula(marker),
                accompaniment.getOrganisation().getId());
        // The indicators list closed cases and cases with a follow-up.
        jdbc.update("insert into accompaniment_closure (accompaniment_id, closed_on, closed_by, closed_at)"
                + " values (?, current_date, ?, now())", accompaniment.getId(), DemoUsers.OFFICER_NICE);

        assertNeutralised(download(get("/dla/indicators.csv"), DemoUsers.OFFICER_NICE), marker);
        assertNeutralised(download(get("/audit/search.csv").param("organisation", marker), DemoUsers.AUDITOR), marker);
    }

    @Test
    void aStructureNamedLikeAFormulaIsTextInTheCollectiveDashboardExport() throws Exception {
        String marker = marker();
        CollectiveAccompaniment collective = collectives.mobilisedWithOneStructure();
        jdbc.update("update organisation set name = ? where id in (select organisation_id from collective_participation"
                + " where collective_id = ?)", formula(marker), collective.getId());

        assertNeutralised(download(get("/collective/{id}/dashboard.csv", collective.getId()),
                CollectiveScenario.COORDINATOR), marker);
    }

    @Test
    void aCouncilAndAnActivityNamedLikeFormulasAreTextInTheCouncilExports() throws Exception {
        String marker = marker();
        Council council = councils.parisCouncil(1, 1);
        String facilitator = councils.facilitatorOf(council);
        jdbc.update("update council set name = ? where id = ?", formula(marker), council.getId());
        mvc.perform(post("/councils/activity/new").with(logins.as(facilitator)).with(csrf())
                        .param("councilId", council.getId().toString()).param("performedOn", "2017-03-02")
                        .param("axis", "PARTICIPATION").param("hours", "2").param("description", "@" + marker))
                .andExpect(status().is3xxRedirection());

        String activity = download(get("/councils/activity/export.csv").param("from", "2017-03-01")
                .param("to", "2017-03-31"), facilitator);
        assertNeutralised(activity, marker);
        assertThat(activity).contains("'@" + marker);
        assertNeutralised(download(get("/councils/indicators.csv").param("from", "2017-01-01")
                .param("to", LocalDate.now().toString()), facilitator), marker);
    }

    private String download(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                            String user) throws Exception {
        return mvc.perform(request.with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The formula is there, with the apostrophe that makes it text, and never bare at the start of a cell. */
    private static void assertNeutralised(String csv, String marker) {
        assertThat(csv).contains(marker).contains("'=HYPERLINK(")
                .doesNotContain(";=HYPERLINK(").doesNotContain("\n=HYPERLINK(").doesNotContain(";\"=HYPERLINK(")
                .doesNotContain("\n\"=HYPERLINK(");
    }

    private static String formula(String marker) {
        return "=HYPERLINK(\"http://example.invalid/" + marker + "\";\"Ouvrir\")";
    }

    private static String marker() {
        return "csv" + UUID.randomUUID().toString().substring(0, 8);
    }
}
