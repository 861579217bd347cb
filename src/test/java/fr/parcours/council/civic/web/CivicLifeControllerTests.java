package fr.parcours.council.civic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.Interpellation;
import fr.parcours.council.civic.InterpellationAnswer;
import fr.parcours.council.civic.NewInterpellation;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Vie citoyenne" forms: bad input saves nothing, each council stays its own, officers and auditors are refused. */
@ParcoursIntegrationTest
class CivicLifeControllerTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CivicLife civicLife;
    @Autowired
    CouncilMembers councilMembers;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorRecordsASteeringMeetingAndSeesItWithItsCountsOnTheCouncilPage() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        List<Long> members = memberIds(council);

        mvc.perform(get("/councils/{c}/civic/steering-meetings/new", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andExpect(view().name("council/civic/steering-meeting"))
                .andExpect(content().string(containsString("Habitant 1")));
        mvc.perform(steering(council, facilitator).param("attendeeIds", members.get(0).toString(),
                        members.get(1).toString()))
                .andExpect(redirectedUrl("/councils/" + council.getId() + "#civic"))
                .andExpect(flash().attribute("success", "council.civic.steering.recorded"));

        assertThat(count("council_steering_meeting", council)).isEqualTo(1);
        mvc.perform(get("/councils/{c}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vie citoyenne")))
                .andExpect(content().string(containsString(
                        "1 réunions d&#39;instances, dont 0 comités de pilotage et 1 comités techniques ; 2 présences")))
                .andExpect(content().string(containsString("Réaménagement de la place")))
                .andExpect(content().string(containsString("Habitant 0, Habitant 1")));
    }

    @Test
    void badSteeringInputRedisplaysTheFormWithFieldErrorsAndSavesNothing() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        long strangerMember = memberIds(councilScenario.parisCouncil(1, 0)).get(0);

        mvc.perform(post("/councils/{c}/civic/steering-meetings", council.getId()).with(logins.as(facilitator))
                        .with(csrf()).param("heldOn", TODAY.plusDays(3).toString()).param("body", "OTHER")
                        .param("subject", " ").param("councilPosition", ""))
                .andExpect(status().isOk()).andExpect(view().name("council/civic/steering-meeting"))
                .andExpect(model().attributeHasFieldErrors("form", "heldOn", "bodyName", "subject", "attendeeIds",
                        "councilPosition"))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(steering(council, facilitator).param("attendeeIds", String.valueOf(strangerMember)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "attendeeIds", "council.civic.error.not-member"));

        assertThat(count("council_steering_meeting", council)).isZero();
        assertThat(audits(council)).isZero();
    }

    @Test
    void aCoordinatorOfTheRegionSendsAnInterpellationAndRecordsItsAnswer() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String coordinator = coordinatorOfParis();

        mvc.perform(get("/councils/{c}/civic/interpellations/new", council.getId()).with(logins.as(coordinator)))
                .andExpect(status().isOk()).andExpect(view().name("council/civic/interpellation"));
        mvc.perform(interpellation(council, coordinator))
                .andExpect(redirectedUrl("/councils/" + council.getId() + "#civic"))
                .andExpect(flash().attribute("success", "council.civic.interpellation.sent"));
        long sent = jdbc.queryForObject("select id from council_interpellation where council_id = ?", Long.class,
                council.getId());

        mvc.perform(post("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent)
                        .with(logins.as(coordinator)).with(csrf()).param("answeredOn", TODAY.toString())
                        .param("summary", "Travaux programmés en juin."))
                .andExpect(flash().attribute("success", "council.civic.interpellation.answered"));

        assertThat(jdbc.queryForMap("select status, answer_summary, recorded_by from council_interpellation where id = ?",
                sent)).containsEntry("status", "ANSWERED").containsEntry("answer_summary", "Travaux programmés en juin.")
                .containsEntry("recorded_by", coordinator);
        mvc.perform(get("/councils/{c}", council.getId()).with(logins.as(coordinator)))
                .andExpect(content().string(containsString("1 interpellations : 1 avec réponse, 0 en attente")));
    }

    @Test
    void badInterpellationAndAnswerInputSaveNothing() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Interpellation sent = send(council, facilitator, TODAY.minusDays(10));

        mvc.perform(post("/councils/{c}/civic/interpellations", council.getId()).with(logins.as(facilitator))
                        .with(csrf()).param("sentOn", "pas une date").param("institution", "OTHER")
                        .param("subject", "").param("summary", "x".repeat(4001)).param("decidedAtMeetingId", "999999999"))
                .andExpect(status().isOk()).andExpect(view().name("council/civic/interpellation"))
                .andExpect(model().attributeHasFieldErrors("form", "sentOn", "addressee", "subject", "summary",
                        "decidedAtMeetingId"));
        mvc.perform(post("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                        .with(logins.as(facilitator)).with(csrf()).param("answeredOn", TODAY.minusDays(20).toString())
                        .param("summary", ""))
                .andExpect(status().isOk()).andExpect(view().name("council/civic/answer"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answeredOn", "council.civic.error.answer-before-sent"))
                .andExpect(model().attributeHasFieldErrors("form", "summary"));

        assertThat(count("council_interpellation", council)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from council_interpellation where id = ?", String.class,
                sent.getId())).isEqualTo("SENT");
        assertThat(audits(council)).isEqualTo(1);
    }

    @Test
    void anAnsweredInterpellationKeepsItsAnswerTheFormNoLongerOpensAndASecondSaveIsRefused() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Interpellation sent = send(council, facilitator, TODAY.minusDays(10));
        civicLife.answer(council.getId(), sent.getId(), new InterpellationAnswer(TODAY.minusDays(2), "Rendez-vous fixé."),
                facilitator, scopes.of(facilitator));

        mvc.perform(get("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                        .with(logins.as(facilitator)))
                .andExpect(redirectedUrl("/councils/" + council.getId() + "#civic"))
                .andExpect(flash().attribute("warning", "council.civic.interpellation.already-answered"));
        mvc.perform(post("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                        .with(logins.as(facilitator)).with(csrf()).param("answeredOn", TODAY.toString())
                        .param("summary", "Autre réponse."))
                .andExpect(redirectedUrl("/councils/" + council.getId() + "#civic"))
                .andExpect(flash().attribute("warning", "council.civic.interpellation.already-answered"));

        assertThat(jdbc.queryForMap("select answered_on, answer_summary from council_interpellation where id = ?",
                sent.getId())).containsEntry("answer_summary", "Rendez-vous fixé.")
                .containsEntry("answered_on", Date.valueOf(TODAY.minusDays(2)));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = 'council-interpellation-answered'", Integer.class, council.getId())).isEqualTo(1);
        assertThatThrownBy(() -> civicLife.answer(council.getId(), sent.getId(),
                new InterpellationAnswer(TODAY, "Encore une."), facilitator, scopes.of(facilitator)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOverdueInterpellationIsFlaggedAndCanBeClosedWithoutAnswerOnce() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Interpellation sent = send(council, facilitator, TODAY.minusDays(61));

        mvc.perform(get("/councils/{c}", council.getId()).with(logins.as(facilitator)))
                .andExpect(content().string(containsString("Sans réponse après 60 jours")))
                .andExpect(content().string(containsString("id=\"overdue-interpellations\"")));
        mvc.perform(post("/councils/{c}/civic/interpellations/{i}/no-answer", council.getId(), sent.getId())
                        .with(logins.as(facilitator)).with(csrf()))
                .andExpect(flash().attribute("success", "council.civic.interpellation.closed"));
        mvc.perform(post("/councils/{c}/civic/interpellations/{i}/no-answer", council.getId(), sent.getId())
                        .with(logins.as(facilitator)).with(csrf()))
                .andExpect(flash().attribute("warning", "council.civic.interpellation.not-waiting"));

        assertThat(jdbc.queryForObject("select status from council_interpellation where id = ?", String.class,
                sent.getId())).isEqualTo("NO_ANSWER");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = 'council-interpellation-unanswered'", Integer.class, council.getId())).isEqualTo(1);
    }

    @Test
    void anotherCouncilsFacilitatorAndAnotherRegionsCoordinatorGet404OfficersAndAuditorsGet403() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Interpellation sent = send(council, facilitator, TODAY.minusDays(3));
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));

        for (String user : List.of(stranger, DemoUsers.COORDINATOR_LILLE)) {
            mvc.perform(get("/councils/{c}/civic/interpellations/new", council.getId()).with(logins.as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                    .with(logins.as(user))).andExpect(status().isNotFound());
            mvc.perform(steering(council, user).param("attendeeIds", memberIds(council).get(0).toString()))
                    .andExpect(status().isNotFound());
            mvc.perform(interpellation(council, user)).andExpect(status().isNotFound());
            mvc.perform(post("/councils/{c}/civic/interpellations/{i}/no-answer", council.getId(), sent.getId())
                    .with(logins.as(user)).with(csrf())).andExpect(status().isNotFound());
        }
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR)) {
            mvc.perform(get("/councils/{c}/civic/steering-meetings/new", council.getId()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(interpellation(council, user)).andExpect(status().isForbidden());
            mvc.perform(post("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                    .with(logins.as(user)).with(csrf()).param("answeredOn", TODAY.toString()).param("summary", "Oui"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/councils/{c}", council.getId()).with(logins.as(stranger))).andExpect(status().isNotFound());

        assertThat(count("council_interpellation", council)).isEqualTo(1);
        assertThat(count("council_steering_meeting", council)).isZero();
        assertThat(jdbc.queryForObject("select status from council_interpellation where id = ?", String.class,
                sent.getId())).isEqualTo("SENT");
    }

    @Test
    void theMembersDataExportListsTheirSeatsAndAfterErasureThePageCountsThemWithoutTheName() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String name = "Aminata " + UUID.randomUUID().toString().substring(0, 6);
        long member = councilMembers.addMember(council.getId(), new NewMember(name, College.RESIDENTS, Gender.FEMALE,
                LocalDate.of(2017, 1, 2)), DemoUsers.ADMIN).getId();
        mvc.perform(steering(council, facilitator).param("attendeeIds", String.valueOf(member),
                memberIds(council).get(0).toString())).andExpect(status().is3xxRedirection());

        String csv = mvc.perform(get("/councils/{c}/members/{m}/export.csv", council.getId(), member)
                        .with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Instance de pilotage suivie le;15/06/2017 · Comité technique · Réaménagement de la place");
        mvc.perform(get("/councils/{c}/members/{m}/export.json", council.getId(), member).with(logins.as(facilitator)))
                .andExpect(jsonPath("$.steeringMeetingsAttended[0].body").value("TECHNICAL_COMMITTEE"))
                .andExpect(jsonPath("$.steeringMeetingsAttended[0].heldOn").value("2017-06-15"));

        mvc.perform(post("/councils/{c}/members/{m}/erase", council.getId(), member).with(logins.as(facilitator))
                .with(csrf()).param("confirmed", "true")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/councils/{c}", council.getId()).with(logins.as(facilitator)))
                .andExpect(content().string(containsString("2 présences de membres du conseil")))
                .andExpect(content().string(containsString("Membre anonymisé")))
                .andExpect(content().string(not(containsString(name))));
    }

    private MockHttpServletRequestBuilder steering(Council council, String user) {
        return post("/councils/{c}/civic/steering-meetings", council.getId()).with(logins.as(user)).with(csrf())
                .param("heldOn", "2017-06-15").param("body", "TECHNICAL_COMMITTEE")
                .param("subject", "Réaménagement de la place")
                .param("councilPosition", "Le conseil demande des bancs et un point d'eau.");
    }

    private MockHttpServletRequestBuilder interpellation(Council council, String user) {
        return post("/councils/{c}/civic/interpellations", council.getId()).with(logins.as(user)).with(csrf())
                .param("sentOn", TODAY.minusDays(2).toString()).param("institution", "DISTRICT_TOWN_HALL")
                .param("addressee", "Mairie du 18e").param("subject", "Éclairage du square")
                .param("summary", "Le conseil demande l'éclairage du square Léon.");
    }

    private Interpellation send(Council council, String facilitator, LocalDate sentOn) {
        return civicLife.send(council.getId(), new NewInterpellation(sentOn, Institution.PREFECTURE, null,
                "Sécurité aux abords du collège", "Demande de rencontre avec le délégué du préfet.", null),
                facilitator, scopes.of(facilitator));
    }

    /** A coordinator of Île-de-France (region 11), where the test councils sit. */
    private String coordinatorOfParis() {
        String userId = "coord.idf-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfMissing(userId, "Coordinatrice", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(userId, "11"));
        return userId;
    }

    private List<Long> memberIds(Council council) {
        return jdbc.queryForList("select id from council_member where council_id = ? order by id", Long.class,
                council.getId());
    }

    private int count(String table, Council council) {
        return jdbc.queryForObject("select count(*) from " + table + " where council_id = ?", Integer.class,
                council.getId());
    }

    private int audits(Council council) {
        return jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and (action like 'council-steering%' or action like 'council-interpellation%')",
                Integer.class, council.getId());
    }
}
