package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.audit.AuditEvents;
import fr.parcours.audit.chain.ChainBreak.Reason;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verification finds an edit, a removal and a reordering made directly in the database. Tampering
 * needs the schema owner's rights and the append-only trigger off, so each case tampers as the owner, verifies
 * on that connection and rolls back in one transaction: the shared chain stays intact for the other tests.
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
    AuditOwnerDatabase owner;
    @Autowired
    AuditKey key;

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
    void findsARecordRewrittenWithARecomputedPlainHash() {
        ChainReport report = tamperAndVerify(sql -> rewrite(sql, 1, "rien",
                (row, details) -> AuditHash.of(seq(1), instant(row), (String) row.get("actor"),
                        (String) row.get("case_type"), (long) row.get("case_id"), (String) row.get("action"), details,
                        (String) row.get("prev_hash"))));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(1), id(1), Reason.CONTENT_EDITED));
    }

    @Test
    void findsARecordRewrittenWithAnotherKey() {
        AuditKey guessed = AuditKey.of("a-guessed-key-of-thirty-two-characters-or-more");
        ChainReport report = tamperAndVerify(sql -> rewrite(sql, 1, "rien",
                (row, details) -> AuditHash.keyed(guessed, seq(1), instant(row), (String) row.get("actor"),
                        (String) row.get("case_type"), (long) row.get("case_id"), (String) row.get("action"), details,
                        (String) row.get("prev_hash"))));

        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(seq(1), id(1), Reason.CONTENT_EDITED));
    }

    @Test
    void onlyTheRightKeyRecomputesARewrittenRecord() {
        ChainReport report = tamperAndVerify(sql -> rewrite(sql, 3, "rien",
                (row, details) -> AuditHash.keyed(key, seq(3), instant(row), (String) row.get("actor"),
                        (String) row.get("case_type"), (long) row.get("case_id"), (String) row.get("action"), details,
                        (String) row.get("prev_hash"))));

        assertThat(report.intact()).as("the last record, rewritten with the real key").isTrue();
    }

    @Test
    void aWrongKeyIsReportedAsSuch() {
        AuditChainVerifier withWrongKey = new AuditChainVerifier(jdbc,
                AuditKey.of("not-the-key-that-sealed-this-chain-0123456789"));

        ChainReport report = withWrongKey.verify();

        assertThat(report.firstBreak().reason()).isEqualTo(Reason.WRONG_KEY);
        assertThat(report.firstBreak().seq()).isEqualTo(report.keyedFrom());
        assertThat(report.checked()).isZero();
    }

    @Test
    void aMovedCutOverIsFound() {
        ChainReport report = tamperAndVerify(sql -> sql.update("update audit_chain_keying set from_seq = ?",
                seq(3) + 1));

        assertThat(report.firstBreak().reason()).isEqualTo(Reason.WRONG_KEY);
    }

    @Test
    void theCommandExitsWithOneOnABrokenChain() {
        Integer exitCode = owner.transactions().execute(status -> {
            status.setRollbackOnly();
            tamper(sql -> sql.update("delete from audit_record where id = ?", id(0)));
            return commands.verify();
        });

        assertThat(exitCode).isEqualTo(AuditCommands.BROKEN);
    }

    /** Tampers as a database owner would (trigger bypassed), verifies, and rolls everything back. */
    private ChainReport tamperAndVerify(Consumer<JdbcTemplate> tampering) {
        ChainReport report = owner.transactions().execute(status -> {
            status.setRollbackOnly();
            tamper(tampering);
            return verifier.verifyWith(owner.jdbc());
        });
        assertThat(verifier.verify().intact()).as("the shared chain after the rollback").isTrue();
        return report;
    }

    private void tamper(Consumer<JdbcTemplate> tampering) {
        owner.jdbc().execute("set local session_replication_role = replica");
        tampering.accept(owner.jdbc());
    }

    /** Rewrites a record's details and its hash as someone holding the owner's rights would. */
    private void rewrite(JdbcTemplate sql, int index, String details,
                         BiFunction<Map<String, Object>, String, String> hash) {
        Map<String, Object> row = rows.get(index);
        sql.update("update audit_record set details = ?, hash = ? where id = ?", details, hash.apply(row, details),
                id(index));
    }

    private static Instant instant(Map<String, Object> row) {
        return ((Timestamp) row.get("occurred_at")).toInstant();
    }

    private long id(int index) {
        return (long) rows.get(index).get("id");
    }

    private long seq(int index) {
        return (long) rows.get(index).get("seq");
    }
}
