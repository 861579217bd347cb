package fr.parcours.council.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.indicators.NetworkScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class CouncilNetworkControllerTests {

    private static final String COORDINATOR_PARIS = "coord.test-idf-network";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    NetworkScenario networkScenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    UserAccounts accounts;

    @Test
    void theFacilitatorSeesTheirCouncilsFiguresAndTotalsOnly() throws Exception {
        NetworkScenario.Network network = networkScenario.twoCouncils();
        Council someoneElses = councilScenario.parisCouncil(2, 1);
        councilScenario.facilitatorOf(someoneElses);

        String page = page(network.facilitator(), "2017-01-01", "2017-12-31");

        assertThat(page).contains(network.active().getName(), network.quiet().getName())
                .doesNotContain(someoneElses.getName());
        assertThat(rowOf(page, network.active())).contains("data-meetings=\"1\"", "data-attendances=\"4\"",
                "data-decided=\"2\"", "data-done=\"1\"");
        assertThat(page).contains("href=\"/councils/indicators.csv?from=2017-01-01&amp;to=2017-12-31\"",
                "/chart.js/", "chart.umd.js", "/js/council-indicators.js");
    }

    @Test
    void theCsvHasOneLinePerCouncilThenTheTotalsInFrench() throws Exception {
        NetworkScenario.Network network = networkScenario.twoCouncils();

        byte[] csv = mvc.perform(get("/councils/indicators.csv").param("from", "2017-01-01").param("to", "2017-12-31")
                        .with(logins.as(network.facilitator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFConseil;Réunions tenues;Habitantes présentes;")
                .endsWith(";Appui logistique;Appui administratif");
        assertThat(lines).contains(network.active().getName() + ";1;2;1;0;1;0;0;4;40;2;2;1;1;1",
                network.quiet().getName() + ";0;0;0;0;0;0;0;0;40;2;0;0;0;0");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Total;1;2;1;0;1;0;0;4;80;4;2;1;1;1");
    }

    @Test
    void theRegionsCoordinatorSeesEveryCouncilOfTheRegionAndTheCurrentYearByDefault() throws Exception {
        NetworkScenario.Network network = networkScenario.twoCouncils();
        accounts.createIfMissing(COORDINATOR_PARIS, "Coralie", "Test", DemoUsers.PASSWORD,
                List.of(Groups.COORDINATORS), UserScope.region(COORDINATOR_PARIS, "11"));

        String page = mvc.perform(get("/councils/indicators").with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk()).andExpect(view().name("council/indicators"))
                .andReturn().getResponse().getContentAsString();

        int year = LocalDate.now().getYear();
        assertThat(page).contains(network.active().getName(), network.quiet().getName(), "Conseil citoyen Paris 10e",
                "value=\"" + year + "-01-01\"", "value=\"" + year + "-12-31\"");
    }

    @Test
    void aCoordinatorOfAnotherRegionSeesNoCouncilAndOfficersAreForbidden() throws Exception {
        NetworkScenario.Network network = networkScenario.twoCouncils();

        String page = page(DemoUsers.COORDINATOR_LILLE, "2017-01-01", "2017-12-31");
        assertThat(page).contains("id=\"no-council\"").doesNotContain(network.active().getName());
        String csv = mvc.perform(get("/councils/indicators.csv").with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2).last().isEqualTo("Total;0;0;0;0;0;0;0;0;0;0;0;0;0;0");
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.AUDITOR)) {
            mvc.perform(get("/councils/indicators").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/councils/indicators.csv").with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsShownBackWithItsError() throws Exception {
        NetworkScenario.Network network = networkScenario.twoCouncils();

        String page = mvc.perform(get("/councils/indicators").param("from", "2017-12-31").param("to", "2017-01-01")
                        .with(logins.as(network.facilitator())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("period", "to", "council-network.period.ends-before-start"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/councils/indicators").param("from", "pas une date").with(logins.as(network.facilitator())))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("period", "from"));

        assertThat(page).contains("La fin de la période précède son début.", "is-invalid");
        mvc.perform(get("/councils/indicators.csv").param("from", "2017-12-31").param("to", "2017-01-01")
                .with(logins.as(network.facilitator()))).andExpect(status().isBadRequest());
    }

    @Test
    void theCouncilsListLinksToTheIndicators() throws Exception {
        String list = mvc.perform(get("/councils").with(logins.as(DemoUsers.FACILITATOR_PARIS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(list).contains("href=\"/councils/indicators\"");
    }

    /** The opening tag of the council's row, whose data attributes feed the chart. */
    private static String rowOf(String page, Council council) {
        Matcher row = Pattern.compile("<tr[^>]*data-council=\"" + council.getId() + "\"[^>]*>").matcher(page);
        assertThat(row.find()).as("a row for %s", council.getName()).isTrue();
        return row.group();
    }

    private String page(String user, String from, String to) throws Exception {
        return mvc.perform(get("/councils/indicators").param("from", from).param("to", to).with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
