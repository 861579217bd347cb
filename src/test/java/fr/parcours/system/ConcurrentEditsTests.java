package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.Interpellation;
import fr.parcours.council.civic.NewInterpellation;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
