package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.audit.AuditEvents;
import fr.parcours.audit.chain.ChainBreak.Reason;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention removes a prefix of the chain and leaves an anchor the verification starts from. Every case
 * runs in a transaction that is rolled back: the shared chain keeps its records.
 */
@ParcoursIntegrationTest
class AuditPurgeTests {

    @Autowired
    AuditEvents events;
    @Autowired
    AuditPurge purge;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void removesThePrefixPastRetentionAndKeepsTheChainVerifiable() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "closed");
        long head = (long) events.rows(caseId).get(1).get("seq");
        long before = count();
        String lastRemovedHash = jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, head - 1);

        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            AuditPurge.Outcome outcome = purge.purgeBefore(Instant.now().plus(Duration.ofDays(1)));

            assertThat(outcome.refused()).isNull();
            assertThat(outcome.anchorSeq()).isEqualTo(head - 1);
            assertThat(count()).as("only the head is kept").isEqualTo(1);
            assertThat(outcome.removed()).isEqualTo(before - 1);
            Map<String, Object> anchor = jdbc.queryForMap("select seq, hash from audit_chain_anchor");
            assertThat(anchor).containsEntry("seq", head - 1).containsEntry("hash", lastRemovedHash);
            events.record(caseId, "reopened");
            ChainReport report = verifier.verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.anchorSeq()).isEqualTo(head - 1);
            assertThat(report.checked()).isEqualTo(2);
        });

        assertThat(count()).isEqualTo(before);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void removesNothingWithinRetention() {
        assertThat(commands.purge()).isEqualTo(AuditCommands.INTACT);
        assertThat(jdbc.queryForObject("select count(*) from audit_chain_anchor", Long.class)).isZero();
    }

    @Test
    void leavesABrokenChainAsEvidence() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "closed");
        long id = (long) events.rows(caseId).get(0).get("id");

        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update audit_record set actor = 'someone.else' where id = ?", id);
            long before = count();

            AuditPurge.Outcome outcome = purge.purgeBefore(Instant.now().plus(Duration.ofDays(1)));

            assertThat(outcome.removed()).isZero();
            assertThat(outcome.refused().firstBreak().reason()).isEqualTo(Reason.CONTENT_EDITED);
            assertThat(count()).isEqualTo(before);
        });
    }

    @Test
    void theSwitchesChooseTheCommand() {
        MockEnvironment environment = new MockEnvironment().withProperty("parcours.audit.purge", "");
        new AuditCommandEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(AuditCommandEnvironment.COMMAND)).isEqualTo(AuditCommandEnvironment.PURGE);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_record", Long.class);
    }
}
