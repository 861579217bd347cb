package fr.parcours.council.members.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

@ParcoursIntegrationTest
class CouncilMemberControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberWithoutNameCollegeGenderOrWithAFutureDateIsRefused() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);

        mvc.perform(post("/councils/{id}/members", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("fullName", " ").param("college", "MAYOR")
                        .param("joinedOn", LocalDate.now().plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(view().name("council/council"))
                .andExpect(model().attributeHasFieldErrors("memberForm", "fullName", "college", "gender", "joinedOn"));
        assertThat(members(council)).isEqualTo(2);

        mvc.perform(post("/councils/{id}/members", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("fullName", "Nora Belkacem").param("college", "RESIDENTS").param("gender", "FEMALE")
                        .param("joinedOn", "2017-05-02"))
                .andExpect(status().is3xxRedirection());
        assertThat(members(council)).isEqualTo(3);
    }

    @Test
    void aRefusedMemberRedisplaysTheWholeCouncilPageWithWhatWasTyped() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        MvcResult normal = mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn();

        MvcResult redisplayed = mvc.perform(post("/councils/{id}/members", council.getId()).with(logins.as(facilitator))
                        .with(csrf()).param("fullName", "Nora Belkacem").param("college", "RESIDENTS")
                        .param("joinedOn", "2017-05-02"))
                .andExpect(status().isOk()).andExpect(view().name("council/council"))
                .andExpect(model().attributeHasFieldErrors("memberForm", "gender"))
                .andExpect(content().string(containsString("value=\"Nora Belkacem\"")))
                .andReturn();

        assertThat(pageParts(redisplayed)).isEqualTo(pageParts(normal))
                .contains("overview", "indicators", "civic", "draws", "memberForm");
        for (String section : List.of("id=\"draws\"", "id=\"civic\"", "id=\"indicators\"")) {
            assertThat(redisplayed.getResponse().getContentAsString()).contains(section);
        }
        assertThat(members(council)).isEqualTo(2);
    }

    /** The model attributes that make the page, without the binding results of its forms. */
    private static Set<String> pageParts(MvcResult result) {
        return result.getModelAndView().getModel().keySet().stream()
                .filter(key -> !key.startsWith(BindingResult.MODEL_KEY_PREFIX)).collect(Collectors.toSet());
    }

    @Test
    void aMemberLeavesOnAPastDateAfterJoiningOnlyAndStrangersGet404() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        long member = jdbc.queryForObject("select min(id) from council_member where council_id = ?", Long.class,
                council.getId());

        for (String date : new String[] {"", LocalDate.now().plusDays(2).toString(), "2010-01-01"}) {
            mvc.perform(post("/councils/{c}/members/{m}/leave", council.getId(), member).with(logins.as(facilitator))
                            .with(csrf()).param("leftOn", date))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("warning", "council.member.leave-refused"));
        }
        assertThat(leftOn(member)).isNull();
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        mvc.perform(post("/councils/{c}/members/{m}/leave", council.getId(), member).with(logins.as(stranger))
                .with(csrf()).param("leftOn", "2017-06-01")).andExpect(status().isNotFound());
        mvc.perform(post("/councils/{id}/members", council.getId()).with(logins.as(stranger)).with(csrf())
                .param("fullName", "Intrus")).andExpect(status().isNotFound());
        assertThat(leftOn(member)).isNull();

        mvc.perform(post("/councils/{c}/members/{m}/leave", council.getId(), member).with(logins.as(facilitator))
                        .with(csrf()).param("leftOn", "2017-06-01"))
                .andExpect(flash().attribute("success", "council.member.left"));
        assertThat(leftOn(member)).isEqualTo(LocalDate.of(2017, 6, 1));
    }

    private int members(Council council) {
        return jdbc.queryForObject("select count(*) from council_member where council_id = ?", Integer.class,
                council.getId());
    }

    private LocalDate leftOn(long member) {
        return jdbc.queryForObject("select left_on from council_member where id = ?", LocalDate.class, member);
    }
}
