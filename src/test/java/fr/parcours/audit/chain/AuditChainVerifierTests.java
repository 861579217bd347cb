package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.audit.AuditEvents;
import fr.parcours.audit.chain.ChainBreak.Reason;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verification finds an edit, a removal and a reordering made directly in the database. Tampering
 * needs the append-only trigger off, so each case tampers, verifies and rolls back in one transaction:
 * the shared chain stays intact for the other tests.
 */
@ParcoursIntegrationTest
class AuditChainVerifierTests {

    @Autowired
    AuditEvents events;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private List<Map<String, Object>> rows;

    @BeforeEach
    void writeSomeRecords() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "interview-recorded", "plan-recorded", "closed");
        rows = events.rows(caseId);
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainReport report = verifier.verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(report.lastSeq()).isGreaterThanOrEqualTo(4);
        assertThat(report.lastHash()).isEqualTo(jdbc.queryForObject(
                "select hash from audit_record order by seq desc limit 1", String.class));
        assertThat(commands.verify()).isEqualTo(AuditCommands.INTACT);
    }

    @Test
    void findsAnEditedRecord() {
        ChainReport report = tamperAndVerify(sql -> sql.update("update audit_record set details = 'rien' where id = ?",
                id(1)));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(1), id(1), Reason.CONTENT_EDITED));
        assertThat(report.lastSeq()).isEqualTo(seq(0));
    }

    @Test
    void findsARemovedRecord() {
        ChainReport report = tamperAndVerify(sql -> sql.update("delete from audit_record where id = ?", id(1)));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(2), id(2), Reason.ROW_MISSING));
    }

    @Test
    void findsReorderedRecords() {
        ChainReport report = tamperAndVerify(sql -> {
            sql.update("update audit_record set seq = -seq where id = ?", id(1));
            sql.update("update audit_record set seq = ? where id = ?", seq(1), id(2));
            sql.update("update audit_record set seq = ? where id = ?", seq(2), id(1));
        });

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(2), id(1), Reason.ORDER_CHANGED));
    }

    @Test
    void findsTwoRecordsWhoseContentsWereSwapped() {
        ChainReport report = tamperAndVerify(sql -> sql.update("""
                update audit_record target set action = source.action, details = source.details
                  from audit_record source
                 where (target.id, source.id) in ((?, ?), (?, ?))""", id(1), id(2), id(2), id(1)));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(1), id(1), Reason.CONTENT_EDITED));
    }

    @Test
    void findsARewrittenLink() {
        ChainReport report = tamperAndVerify(sql -> sql.update(
                "update audit_record set prev_hash = ? where id = ?", AuditHash.GENESIS, id(3)));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(3), id(3), Reason.LINK_BROKEN));
    }

    @Test
    void theCommandExitsWithOneOnABrokenChain() {
        Integer exitCode = transactions.execute(status -> {
            status.setRollbackOnly();
            tamper(sql -> sql.update("delete from audit_record where id = ?", id(0)));
            return commands.verify();
        });

        assertThat(exitCode).isEqualTo(AuditCommands.BROKEN);
    }

    /** Tampers as a database owner would (trigger bypassed), verifies, and rolls everything back. */
    private ChainReport tamperAndVerify(Consumer<JdbcTemplate> tampering) {
        ChainReport report = transactions.execute(status -> {
            status.setRollbackOnly();
            tamper(tampering);
            return verifier.verify();
        });
        assertThat(verifier.verify().intact()).as("the shared chain after the rollback").isTrue();
        return report;
    }

    private void tamper(Consumer<JdbcTemplate> tampering) {
        jdbc.execute("set local session_replication_role = replica");
        tampering.accept(jdbc);
    }

    private long id(int index) {
        return (long) rows.get(index).get("id");
    }

    private long seq(int index) {
        return (long) rows.get(index).get("seq");
    }
}
