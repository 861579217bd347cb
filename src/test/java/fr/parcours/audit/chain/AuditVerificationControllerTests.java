package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Period;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The check page is for auditors and administrators, and only reads. */
@ParcoursIntegrationTest
class AuditVerificationControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    AuditOwnerDatabase owner;
    @Autowired
    AuditChainVerifier verifier;

    @Test
    void anAuditorRunsTheCheckAndSeesTheRetention() throws Exception {
        mvc.perform(get("/audit/verification").param("run", "true").with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit-chain/verification"))
                .andExpect(result -> assertThat(((ChainReport) result.getModelAndView().getModel().get("report"))
                        .intact()).isTrue())
                .andExpect(model().attribute("retention", Period.ofYears(10)))
                .andExpect(content().string(Matchers.containsString("Chaîne intacte")));
    }

    /**
     * A chain sealed with another key than the configured one looks like this to the app: the cut-over's seal is
     * swapped for one made with another key (committed, as the page reads its own connection) and put back.
     */
    @Test
    void aWrongKeyIsNamedOnThePage() throws Exception {
        JdbcTemplate sql = owner.jdbc();
        Map<String, Object> keying = sql.queryForMap("select id, from_seq, started_at, seal from audit_chain_keying");
        String otherKeysSeal = AuditKeyingSeal.seal(AuditKey.of("the-key-of-another-installation-0123456789"),
                (long) keying.get("from_seq"), ((Timestamp) keying.get("started_at")).toInstant());
        try {
            reseal(sql, otherKeysSeal, keying.get("id"));

            mvc.perform(get("/audit/verification").param("run", "true").with(logins.as(DemoUsers.AUDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(result -> assertThat(((ChainReport) result.getModelAndView().getModel().get("report"))
                            .firstBreak().reason()).isEqualTo(ChainBreak.Reason.WRONG_KEY))
                    .andExpect(content().string(Matchers.containsString("Mauvaise clé : la clé d&#39;audit configurée")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Chaîne intacte"))));
        } finally {
            reseal(sql, (String) keying.get("seal"), keying.get("id"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void reseal(JdbcTemplate sql, String seal, Object id) {
        owner.transactions().executeWithoutResult(status -> {
            sql.execute("set local session_replication_role = replica");
            sql.update("update audit_chain_keying set seal = ? where id = ?", seal, id);
        });
    }

    @Test
    void theCheckRunsOnlyOnRequestAndSpeaksEnglishToo() throws Exception {
        mvc.perform(get("/audit/verification").param("lang", "en").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("report"))
                .andExpect(content().string(Matchers.containsString("Check the chain")));
    }

    @Test
    void othersMayNotOpenIt() throws Exception {
        for (String user : new String[] {DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.FACILITATOR_PARIS}) {
            mvc.perform(get("/audit/verification").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit/verification")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAuditorCannotPostToIt() throws Exception {
        mvc.perform(post("/audit/verification").with(csrf()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isMethodNotAllowed());
    }
}
