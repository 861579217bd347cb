package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.parcours.budget.BudgetScenario;
import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.referrals.CollectiveReferral;
import fr.parcours.collective.referrals.ReferralScenario;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.Interpellation;
import fr.parcours.council.civic.NewInterpellation;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people saving the same thing at the same instant, from two threads: one write goes through, the other
 * person gets a French notice (their form kept where they typed something), never a server error.
 */
@ParcoursIntegrationTest
class ConcurrentEditsTests {

    private static final int ROUNDS = 4;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councils;
    @Autowired
    CivicLife civicLife;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralScenario referralScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BudgetScenario budgetScenario;

    @Test
    void twoAnswersToOneInterpellationAtOnceKeepOneAndTellTheOtherPerson() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Council council = councils.parisCouncil(1, 1);
            String first = councils.facilitatorOf(council);
            String second = councils.facilitatorOf(council);
            Interpellation sent = civicLife.send(council.getId(), new NewInterpellation(LocalDate.now().minusDays(5),
                    Institution.PREFECTURE, null, "Éclairage du square", "Demande de rendez-vous.", null),
                    first, scopes.of(first));

            List<MvcResult> results = atOnce(answer(council, sent, first, "Réponse A"),
                    answer(council, sent, second, "Réponse B"));

            assertThat(results).allSatisfy(result -> assertThat(result.getResponse().getStatus()).isIn(200, 302));
            assertThat(results.stream().filter(result -> result.getResponse().getStatus() == 302
                    && "council.civic.interpellation.answered".equals(result.getFlashMap().get("success")))).hasSize(1);
            for (MvcResult loser : results.stream().filter(r -> !"council.civic.interpellation.answered"
                    .equals(r.getFlashMap().get("success"))).toList()) {
                boolean formKept = loser.getResponse().getStatus() == 200
                        && loser.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("vient d’enregistrer la réponse");
                boolean toldAnswered = loser.getResponse().getStatus() == 302 && loser.getFlashMap().get("warning") != null;
                assertThat(formKept || toldAnswered).as("the second person is told, in French").isTrue();
            }
            assertThat(jdbc.queryForObject("select answer_summary from council_interpellation where id = ?",
                    String.class, sent.getId())).isIn("Réponse A", "Réponse B");
        }
    }

    @Test
    void twoCoordinatorsAcceptingOneReferralAtOnceJoinTheStructureOnceAndTellTheOtherOne() throws Exception {
        String first = CollectiveScenario.COORDINATOR;
        String second = secondCoordinatorOfHautsDeFrance();
        CollectiveAccompaniment collective = referralScenario.runningCollective();
        for (int round = 0; round < ROUNDS; round++) {
            CollectiveReferral referral = referralScenario.referred();

            List<MvcResult> results = atOnce(accept(referral, collective, first), accept(referral, collective, second));

            assertThat(results).allSatisfy(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
            assertThat(results.stream().filter(result -> "referral.accepted".equals(result.getFlashMap().get("success"))))
                    .hasSize(1);
            assertThat(results.stream().filter(result -> "referral.already-decided"
                    .equals(result.getFlashMap().get("warning")))).as("the other one is told, in French").hasSize(1);
            assertThat(jdbc.queryForObject("select status from collective_referral where id = ?", String.class,
                    referral.getId())).isEqualTo("ACCEPTED");
            assertThat(jdbc.queryForObject("select count(*) from collective_participation where collective_id = ? "
                    + "and organisation_id = ?", Long.class, collective.getId(), referral.getOrganisation().getId()))
                    .isOne();
            assertThat(jdbc.queryForObject("select count(*) from audit_record where case_id = ? and action = ?",
                    Long.class, referral.getAccompanimentId(), "collective-referral-accepted")).isOne();
        }
    }

    @Test
    void twoOfficersRegisteringTheSameStructureAtOnceRegisterItOnceAndTheOtherKeepsTheForm() throws Exception {
        String second = "off.test-06-concurrent";
        accounts.createIfMissing(second, "Odile", "Test", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(second, "93", "06"));
        for (int round = 0; round < ROUNDS; round++) {
            String siret = Scenario.validSiret(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));

            List<MvcResult> results = atOnce(newStructure(siret, DemoUsers.OFFICER_NICE), newStructure(siret, second));

            assertThat(results.stream().filter(result -> result.getResponse().getStatus() == 302
                    && "accompaniment.opened".equals(result.getFlashMap().get("success")))).hasSize(1);
            MvcResult loser = results.stream().filter(result -> result.getResponse().getStatus() != 302).findFirst()
                    .orElseThrow();
            assertThat(loser.getResponse().getStatus()).isEqualTo(200);
            String page = loser.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Une structure avec ce SIRET est déjà enregistrée", "Antibes " + siret);
            assertThat(jdbc.queryForObject("select count(*) from organisation where siret = ?", Long.class, siret))
                    .isOne();
            assertThat(jdbc.queryForObject("select count(*) from accompaniment a join organisation o "
                    + "on o.id = a.organisation_id where o.siret = ?", Long.class, siret)).isOne();
        }
    }

    @Test
    void twoCoordinatorsCreatingCouncilsOfTheSameNameAtOnceCreateOneAndTheOtherKeepsTheForm() throws Exception {
        String second = secondCoordinatorOfHautsDeFrance();
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Conseil citoyen concurrent " + UUID.randomUUID().toString().substring(0, 8);

            List<MvcResult> results = atOnce(newCouncil(name, "Roubaix", CollectiveScenario.COORDINATOR),
                    newCouncil(name, "Tourcoing", second));

            assertThat(results.stream().filter(result -> result.getResponse().getStatus() == 302
                    && "council.form.created".equals(result.getFlashMap().get("success")))).hasSize(1);
            MvcResult loser = results.stream().filter(result -> result.getResponse().getStatus() != 302).findFirst()
                    .orElseThrow();
            assertThat(loser.getResponse().getStatus()).isEqualTo(200);
            assertThat(loser.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Un autre conseil porte déjà ce nom.", name);
            assertThat(jdbc.queryForObject("select count(*) from council where name = ?", Long.class, name)).isOne();
        }
    }

    @Test
    void twoSavesOfOneBudgetEnvelopeAtOnceKeepOneEnvelopeAndNeverFail() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            BudgetScenario.Territory territory = budgetScenario.newTerritory();

            List<MvcResult> results = atOnce(envelope(territory, "10000.00"), envelope(territory, "20000.00"));

            assertThat(results).allSatisfy(result -> assertThat(result.getResponse().getStatus()).isIn(302, 409));
            assertThat(results).anySatisfy(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
            for (MvcResult loser : results.stream().filter(result -> result.getResponse().getStatus() == 409).toList()) {
                assertThat(loser.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Quelqu’un a enregistré en même temps que vous", "amount");
            }
            assertThat(jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?", Long.class,
                    territory.operator().getId())).isOne();
        }
    }

    @Test
    void twoClicksOnStartingACouncilsFirstCycleStartOneCycle() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Council council = councils.parisCouncil(1, 1);
            String first = councils.facilitatorOf(council);
            String second = councils.facilitatorOf(council);

            List<MvcResult> results = atOnce(startCycle(council, first), startCycle(council, second));

            assertThat(results).allSatisfy(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
            assertThat(jdbc.queryForObject("select count(*) from council_cycle where council_id = ?", Long.class,
                    council.getId())).isOne();
        }
    }

    @Test
    void aStaleVersionAndADuplicateKeyAreConflictsButOtherFailuresAreNot() {
        assertThat(ConcurrentWrites.isConflict(new ObjectOptimisticLockingFailureException(Council.class, 1L))).isTrue();
        assertThat(ConcurrentWrites.isConflict(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isTrue();
        assertThat(ConcurrentWrites.isConflict(new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514")))).isFalse();
        assertThat(ConcurrentWrites.isConflict(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void anyOtherLostWriteIsA409PageShowingWhatWasTypedButNoSecret() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/councils/1/edit");
        request.addParameter("name", "Conseil citoyen des Moulins");
        request.addParameter("_csrf", "secret-token");
        request.addParameter("password", "hunter2-hunter2");

        ModelAndView page = new ConcurrentEditAdvice().conflict(
                new ObjectOptimisticLockingFailureException(Council.class, 1L), request);

        assertThat(page.getViewName()).isEqualTo("conflict");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getModel().get("typed")).isEqualTo(java.util.Map.of("name", "Conseil citoyen des Moulins"));
        assertThatThrownBy(() -> new ConcurrentEditAdvice().conflict(new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514")), request))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private RequestBuilder answer(Council council, Interpellation sent, String user, String summary) {
        return post("/councils/{c}/civic/interpellations/{i}/answer", council.getId(), sent.getId())
                .with(logins.as(user)).with(csrf()).param("answeredOn", LocalDate.now().toString())
                .param("summary", summary);
    }

    private RequestBuilder accept(CollectiveReferral referral, CollectiveAccompaniment collective, String user) {
        return post("/collective/referrals/{id}/accept", referral.getId()).with(logins.as(user)).with(csrf())
                .param("collectiveId", collective.getId().toString()).param("joinedOn", LocalDate.now().toString());
    }

    private RequestBuilder newStructure(String siret, String officer) {
        return post("/dla/accompaniments").with(logins.as(officer)).with(csrf()).param("newStructure", "true")
                .param("name", "Médiation Antibes " + siret).param("siret", siret).param("legalForm", "SCIC")
                .param("departmentCode", "06").param("city", "Antibes " + siret).param("nafCode", "88.99B").param("sector", "Médiation sociale")
                .param("employees", "9").param("aidedContracts", "2").param("motive", "Structurer la médiation");
    }

    private String secondCoordinatorOfHautsDeFrance() {
        String second = "coord.test-hdf-concurrent";
        accounts.createIfMissing(second, "Coralie", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(second, "32"));
        return second;
    }

    private RequestBuilder newCouncil(String name, String city, String coordinator) {
        return post("/councils/new").with(logins.as(coordinator)).with(csrf()).param("name", name)
                .param("city", city).param("regionCode", "32").param("departmentCode", "59")
                .param("prefectOrderDate", "2016-10-14");
    }

    private RequestBuilder envelope(BudgetScenario.Territory territory, String amount) {
        return post("/budget/envelopes").with(logins.as(territory.officer())).with(csrf())
                .param("operatorId", territory.operator().getId().toString())
                .param("departmentCode", territory.department()).param("year", String.valueOf(LocalDate.now().getYear()))
                .param("amount", amount);
    }

    private RequestBuilder startCycle(Council council, String user) {
        return post("/councils/{c}/cycles", council.getId()).with(logins.as(user)).with(csrf());
    }

    private List<MvcResult> atOnce(RequestBuilder... requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<MvcResult>> running = new ArrayList<>();
            for (RequestBuilder request : requests) {
                running.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(request).andReturn();
                }));
            }
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
