package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.audit.AuditEvents;
import fr.parcours.audit.chain.ChainBreak.Reason;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * Retention removes a prefix of the chain, as the schema owner, and leaves an anchor that proves what it replaces
 * and where the verification starts. Every case runs in an owner transaction that is rolled back: the shared chain
 * keeps its records. The purge is run "eleven years later" (its clock moved on), so today's records have passed
 * the ten-year retention.
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
    AuditOwnerDatabase owner;
    @Autowired
    AuditKey key;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removesThePrefixPastRetentionAndKeepsTheChainVerifiable() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "closed");
        long head = (long) events.rows(caseId).get(1).get("seq");
        long before = count();
        Map<String, Object> lastRemoved = jdbc.queryForMap("select hash, (select max(occurred_at) from audit_record "
                + "where seq < ?) as newest from audit_record where seq = ?", head, head - 1);
        Instant later = elevenYearsLater();

        owner.transactions().executeWithoutResult(status -> {
            status.setRollbackOnly();
            AuditPurge.Outcome outcome = purge.purgeAt(later);

            assertThat(outcome.refused()).isNull();
            assertThat(outcome.anchorSeq()).isEqualTo(head - 1);
            assertThat(ownerCount()).as("only the head is kept").isEqualTo(1);
            assertThat(outcome.removed()).isEqualTo(before - 1);
            Map<String, Object> anchor = owner.jdbc().queryForMap("select * from audit_chain_anchor");
            assertThat(anchor).containsEntry("seq", head - 1).containsEntry("hash", lastRemoved.get("hash"))
                    .containsEntry("retention", "P10Y").containsEntry("records_removed", before - 1)
                    .containsEntry("newest_removed_at", lastRemoved.get("newest"));
            assertThat(((Timestamp) anchor.get("removed_at")).toInstant()).isEqualTo(later);
            assertThat(anchor.get("seal")).isNotNull();
            appendAsTheAppWould(caseId, "reopened");
            ChainReport report = verifier.verifyWith(owner.jdbc());
            assertThat(report.intact()).isTrue();
            assertThat(report.anchorSeq()).isEqualTo(head - 1);
            assertThat(report.anchorRetention()).isEqualTo("P10Y");
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
    void anAnchorClaimingRecordsStillWithinRetentionIsReported() {
        events.record(events.newCase(), "opened", "closed");

        ChainReport report = withAnchor(Instant.now(), "P10Y", true);

        assertThat(report.firstBreak().reason()).isEqualTo(Reason.ANCHOR_TOO_EARLY);
    }

    @Test
    void anAnchorWithoutTheKeysSealIsReported() {
        events.record(events.newCase(), "opened", "closed");

        ChainReport report = withAnchor(elevenYearsLater(), "P10Y", false);

        assertThat(report.firstBreak().reason()).isEqualTo(Reason.ANCHOR_UNPROVEN);
    }

    @Test
    void leavesABrokenChainAsEvidence() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "closed");
        long id = (long) events.rows(caseId).get(0).get("id");

        owner.transactions().executeWithoutResult(status -> {
            status.setRollbackOnly();
            owner.jdbc().execute("set local session_replication_role = replica");
            owner.jdbc().update("update audit_record set actor = 'someone.else' where id = ?", id);
            long before = ownerCount();

            AuditPurge.Outcome outcome = purge.purgeAt(elevenYearsLater());

            assertThat(outcome.removed()).isZero();
            assertThat(outcome.refused().firstBreak().reason()).isEqualTo(Reason.CONTENT_EDITED);
            assertThat(ownerCount()).isEqualTo(before);
        });
    }

    @Test
    void theSwitchesChooseTheCommand() {
        MockEnvironment environment = new MockEnvironment().withProperty("parcours.audit.purge", "");
        new AuditCommandEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(AuditCommandEnvironment.COMMAND)).isEqualTo(AuditCommandEnvironment.PURGE);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    /**
     * Writes, as the owner (rolled back), an anchor over the chain's records up to the one before the head, as if
     * removed at {@code removedAt} with that retention, sealed with the key or not, and verifies.
     */
    private ChainReport withAnchor(Instant removedAt, String retention, boolean sealed) {
        return owner.transactions().execute(status -> {
            status.setRollbackOnly();
            JdbcTemplate sql = owner.jdbc();
            long last = sql.queryForObject("select max(seq) - 1 from audit_record", Long.class);
            String hash = sql.queryForObject("select hash from audit_record where seq = ?", String.class, last);
            Instant newest = sql.queryForObject("select max(occurred_at) from audit_record where seq <= ?",
                    Timestamp.class, last).toInstant();
            long removed = sql.queryForObject("select count(*) from audit_record where seq <= ?", Long.class, last);
            Instant at = removedAt.truncatedTo(ChronoUnit.MICROS);
            sql.execute("set local session_replication_role = replica");
            sql.update("delete from audit_record where seq <= ?", last);
            sql.update("insert into audit_chain_anchor (seq, hash, removed_at, records_removed, newest_removed_at, "
                    + "retention, seal) values (?, ?, ?, ?, ?, ?, ?)", last, hash, at.atOffset(ZoneOffset.UTC), removed,
                    newest.atOffset(ZoneOffset.UTC), retention,
                    sealed ? AuditAnchor.seal(key, last, hash, at, removed, newest, retention) : AuditHash.GENESIS);
            return verifier.verifyWith(sql);
        });
    }

    /** Appends one record on the owner's connection, chained and keyed as AuditTrail does. */
    private void appendAsTheAppWould(long caseId, String action) {
        Map<String, Object> head = owner.jdbc().queryForMap("select seq, hash from audit_record order by seq desc limit 1");
        long seq = (long) head.get("seq") + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        owner.jdbc().update("insert into audit_record (occurred_at, actor, case_type, case_id, action, details, seq, "
                        + "prev_hash, hash) values (?, 'test.auditor', ?, ?, ?, null, ?, ?, ?)", at.atOffset(ZoneOffset.UTC),
                AuditEvents.TEST_CASE, caseId, action, seq, head.get("hash"), AuditHash.keyed(key, seq, at,
                        "test.auditor", AuditEvents.TEST_CASE, caseId, action, null, (String) head.get("hash")));
    }

    private static Instant elevenYearsLater() {
        return Instant.now().atZone(ZoneOffset.UTC).plusYears(11).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_record", Long.class);
    }

    private long ownerCount() {
        return owner.jdbc().queryForObject("select count(*) from audit_record", Long.class);
    }
}
