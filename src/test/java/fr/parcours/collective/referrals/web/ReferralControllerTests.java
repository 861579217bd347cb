package fr.parcours.collective.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.referrals.CollectiveReferral;
import fr.parcours.collective.referrals.ReferralScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinators' referrals pages, their two forms, who may see and decide, and the officer's case file. */
@ParcoursIntegrationTest
class ReferralControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    ReferralScenario referralScenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegionsCoordinatorSeesThePendingReferralOnTheCollectivesPageAndItsList() throws Exception {
        CollectiveReferral referral = referralScenario.referred();

        mvc.perform(get("/collective").with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pending-referrals\"")));
        mvc.perform(get("/collective/referrals").with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/referrals"))
                .andExpect(content().string(containsString(referral.getCaseReference())));
        mvc.perform(get("/collective/referrals/{id}", referral.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/referral"))
                .andExpect(content().string(containsString(ReferralScenario.AXIS.replace("'", "&#39;"))));
    }

    @Test
    void acceptingJoinsTheChosenCollectiveAndTheOfficerSeesItOnTheCaseFile() throws Exception {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment collective = referralScenario.runningCollective();

        mvc.perform(post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("collectiveId", collective.getId().toString())
                        .param("joinedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/collective/" + collective.getId()))
                .andExpect(flash().attribute("success", "referral.accepted"));

        assertThat(statusOf(referral)).isEqualTo("ACCEPTED");
        assertThat(participations(referral, collective)).isEqualTo(1);
        mvc.perform(get("/dla/accompaniments/{id}", referral.getAccompanimentId()).with(logins.as(ReferralScenario.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"collective-referrals\"")))
                .andExpect(content().string(containsString(collective.getBusinessKey())));
    }

    @Test
    void badAcceptanceRedisplaysTheFormWithFieldErrorsAndChangesNothing() throws Exception {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment notStarted = collectiveScenario.openInHautsDeFrance();

        mvc.perform(post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("joinedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/referral"))
                .andExpect(model().attributeHasFieldErrors("acceptForm", "collectiveId", "joinedOn"));
        // A collective still at its census cannot take a late joiner.
        mvc.perform(post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("collectiveId", notStarted.getId().toString()).param("joinedOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("acceptForm", "collectiveId"));

        assertThat(statusOf(referral)).isEqualTo("PENDING");
        assertThat(participations(referral, notStarted)).isZero();
    }

    @Test
    void aDeclineNeedsAReasonAndTheOfficerReadsIt() throws Exception {
        CollectiveReferral referral = referralScenario.referred();

        mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/referral"))
                .andExpect(model().attributeHasFieldErrors("declineForm", "reason"));
        mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("reason", "x".repeat(2001)))
                .andExpect(model().attributeHasFieldErrors("declineForm", "reason"));
        assertThat(statusOf(referral)).isEqualTo("PENDING");

        mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("reason", "Le collectif régional est complet jusqu'en juin"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "referral.declined"));
        assertThat(statusOf(referral)).isEqualTo("DECLINED");
        mvc.perform(get("/dla/accompaniments/{id}", referral.getAccompanimentId()).with(logins.as(ReferralScenario.OFFICER)))
                .andExpect(content().string(containsString("Le collectif régional est complet jusqu&#39;en juin")));
        mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("reason", "Encore"))
                .andExpect(flash().attribute("warning", "referral.already-decided"));
    }

    @Test
    void aCoordinatorOfAnotherRegionGets404AndSeesNothing() throws Exception {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment collective = referralScenario.runningCollective();
        String provence = collectiveScenario.coordinatorOfProvence();

        mvc.perform(get("/collective/referrals").with(logins.as(provence)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(referral.getCaseReference()))));
        mvc.perform(get("/collective/referrals/{id}", referral.getId()).with(logins.as(provence)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(provence)).with(csrf())
                        .param("collectiveId", collective.getId().toString()).param("joinedOn", LocalDate.now().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(provence)).with(csrf())
                        .param("reason", "Pas dans notre région"))
                .andExpect(status().isNotFound());

        assertThat(statusOf(referral)).isEqualTo("PENDING");
        assertThat(participations(referral, collective)).isZero();
    }

    @Test
    void officersAndAuditorsMayNotDecide() throws Exception {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment collective = referralScenario.runningCollective();

        for (String user : new String[] {ReferralScenario.OFFICER, DemoUsers.AUDITOR}) {
            mvc.perform(post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(user)).with(csrf())
                            .param("collectiveId", collective.getId().toString())
                            .param("joinedOn", LocalDate.now().toString()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/collective/referrals/{id}/decline", referral.getId()).with(logins.as(user)).with(csrf())
                            .param("reason", "Hors de mon rôle"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/collective/referrals").with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(statusOf(referral)).isEqualTo("PENDING");
        assertThat(participations(referral, collective)).isZero();
    }

    private String statusOf(CollectiveReferral referral) {
        return jdbc.queryForObject("select status from collective_referral where id = ?", String.class, referral.getId());
    }

    private int participations(CollectiveReferral referral, CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ? and "
                + "organisation_id = ?", Integer.class, collective.getId(), referral.getOrganisation().getId());
    }
}
