package fr.parcours.council.draws.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class DrawControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDrawIsRecordedItsMinutesPrintedAndListedOnTheCouncilPage() throws Exception {
        Council council = councilScenario.parisCouncil(0, 3);
        String facilitator = councilScenario.facilitatorOf(council);
        mvc.perform(get("/councils/{id}/draws/new", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/draw-form"));

        String location = mvc.perform(validDraw(council).with(logins.as(facilitator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "council.draw.recorded"))
                .andReturn().getResponse().getRedirectedUrl();

        String minutes = mvc.perform(get(location).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/draw"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(minutes).contains("Nadia Ferhat", "Karim Benz", "Liste électorale", "Paris Habitat", "1270",
                "5 personnes tirées au sort. Acceptations : 2 ; refus : 2 ; injoignables : 1.");
        String page = mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(location, "Nadia Ferhat");
        long member = jdbc.queryForObject("select id from council_member where council_id = ? and full_name = ?",
                Long.class, council.getId(), "Nadia Ferhat");
        mvc.perform(get("/councils/{c}/members/{m}/export.json", council.getId(), member).with(logins.as(facilitator)))
                .andExpect(jsonPath("$.drawnByLotOn").value("2017-02-10"));
        assertThat(mvc.perform(get("/councils/{c}/members/{m}/export.csv", council.getId(), member)
                        .with(logins.as(facilitator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tiré(e) au sort le;10/02/2017");
    }

    @Test
    void badInputRedisplaysTheFormWithFieldErrorsAndSavesNothing() throws Exception {
        Council council = councilScenario.parisCouncil(0, 3);
        String facilitator = councilScenario.facilitatorOf(council);

        mvc.perform(post("/councils/{id}/draws", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("drawnOn", LocalDate.now().plusDays(3).toString()).param("drawnCount", "4")
                        .param("lists[0].namesCount", "0").param("lists[1].label", "Volontaires du marché")
                        .param("accepted[0].fullName", "Nadia Ferhat").param("accepted[1].gender", "MALE")
                        .param("declinedCount", "-1").param("unreachableCount", "0"))
                .andExpect(status().isOk()).andExpect(view().name("council/draw-form"))
                .andExpect(model().attributeHasFieldErrors("drawForm", "drawnOn", "lists[0].kind",
                        "lists[0].namesCount", "lists[1].kind", "lists[1].namesCount", "accepted[0].gender",
                        "accepted[1].fullName", "declinedCount"));
        mvc.perform(post("/councils/{id}/draws", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("drawnOn", "2017-02-10").param("drawnCount", "9")
                        .param("lists[0].kind", "VOLUNTEERS").param("lists[0].namesCount", "8")
                        .param("accepted[0].fullName", "Nadia Ferhat").param("accepted[0].gender", "FEMALE")
                        .param("declinedCount", "1").param("unreachableCount", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("drawForm", "drawnCount", "council.draw.answers-mismatch"));
        mvc.perform(post("/councils/{id}/draws", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("drawnOn", "2017-02-10").param("drawnCount", "2")
                        .param("accepted[0].fullName", "Nadia Ferhat").param("accepted[0].gender", "FEMALE")
                        .param("declinedCount", "1").param("unreachableCount", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("drawForm"));

        assertThat(draws(council)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from council_member where council_id = ?", Integer.class,
                council.getId())).isEqualTo(3);
    }

    @Test
    void anotherCouncilsFacilitatorGets404AndOfficersAndAuditors403() throws Exception {
        Council council = councilScenario.parisCouncil(0, 3);
        String facilitator = councilScenario.facilitatorOf(council);
        mvc.perform(validDraw(council).with(logins.as(facilitator))).andExpect(status().is3xxRedirection());
        long drawId = jdbc.queryForObject("select id from council_draw where council_id = ?", Long.class,
                council.getId());
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(0, 1));

        mvc.perform(get("/councils/{c}/draws/new", council.getId()).with(logins.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/councils/{c}/draws/{d}", council.getId(), drawId).with(logins.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(validDraw(council).with(logins.as(stranger))).andExpect(status().isNotFound());
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR)) {
            mvc.perform(get("/councils/{c}/draws/{d}", council.getId(), drawId).with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(validDraw(council).with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(draws(council)).isEqualTo(1);
    }

    /** 5 drawn from the electoral roll and a landlord's tenants: 2 accepted, 2 declined, 1 unreachable. */
    private static MockHttpServletRequestBuilder validDraw(Council council) {
        return post("/councils/{id}/draws", council.getId()).with(csrf())
                .param("drawnOn", "2017-02-10").param("drawnCount", "5")
                .param("lists[0].kind", "ELECTORAL_ROLL").param("lists[0].namesCount", "850")
                .param("lists[1].kind", "LANDLORD_TENANTS").param("lists[1].label", "Paris Habitat")
                .param("lists[1].namesCount", "420")
                .param("accepted[0].fullName", "Nadia Ferhat").param("accepted[0].gender", "FEMALE")
                .param("accepted[2].fullName", "Karim Benz").param("accepted[2].gender", "MALE")
                .param("declinedCount", "2").param("unreachableCount", "1");
    }

    private int draws(Council council) {
        return jdbc.queryForObject("select count(*) from council_draw where council_id = ?", Integer.class,
                council.getId());
    }
}
