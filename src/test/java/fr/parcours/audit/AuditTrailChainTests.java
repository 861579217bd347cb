package fr.parcours.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.audit.chain.AuditChainVerifier;
import fr.parcours.audit.chain.AuditHash;
import fr.parcours.audit.chain.AuditKey;
import fr.parcours.audit.chain.AuditOwnerDatabase;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit records are chained as they are written, one chain even under concurrent writers, and never changed. */
@ParcoursIntegrationTest
class AuditTrailChainTests {

    @Autowired
    AuditEvents events;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    AuditKey key;
    @Autowired
    AuditOwnerDatabase owner;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachRecordSealsItsFieldsAndThePreviousHash() {
        long caseId = events.newCase();
        events.record(caseId, "opened", "interview-recorded", "plan-recorded");
        events.record(caseId, "closed");

        List<Map<String, Object>> rows = events.rows(caseId);

        assertThat(rows).hasSize(4);
        long firstSeq = (long) rows.get(0).get("seq");
        String previous = firstSeq == 1 ? AuditHash.GENESIS
                : jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, firstSeq - 1);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("prev_hash")).isEqualTo(previous);
            String expected = AuditHash.keyed(key, (long) row.get("seq"), ((Timestamp) row.get("occurred_at")).toInstant(),
                    (String) row.get("actor"), (String) row.get("case_type"),
                    (long) row.get("case_id"), (String) row.get("action"), (String) row.get("details"), previous);
            assertThat(row.get("hash")).isEqualTo(expected);
            previous = (String) row.get("hash");
        }
        assertThat(rows).extracting(row -> (long) row.get("seq")).isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select max(seq) from audit_record", Long.class)).isEqualTo(rows.get(3).get("seq"));
    }

    @Test
    void javaAndTheDatabaseHashAlike() {
        String sql = jdbc.queryForObject("select audit_record_hash(7, ?, 'zoé.martin', 'ACCOMPANIMENT', 42, 'opened', "
                + "null, ?)", String.class, OffsetDateTime.parse("2026-03-01T10:15:30.123456+01:00"), AuditHash.GENESIS);
        String sqlWithDetails = jdbc.queryForObject("select audit_record_hash(8, ?, 'a', 'b', 1, 'c', 'x|1:y « ✓ » 😀', "
                + "?)", String.class, OffsetDateTime.parse("2026-03-01T10:15:30Z"), sql);

        assertThat(sql).isEqualTo(AuditHash.of(7, Instant.parse("2026-03-01T09:15:30.123456Z"), "zoé.martin",
                "ACCOMPANIMENT", 42, "opened", null, AuditHash.GENESIS));
        assertThat(sqlWithDetails).isEqualTo(AuditHash.of(8, Instant.parse("2026-03-01T10:15:30Z"), "a", "b", 1, "c",
                "x|1:y « ✓ » 😀", sql));
    }

    @Test
    void newRecordsAreKeyedSoThePlainHashNoLongerSealsThem() {
        long caseId = events.newCase();
        events.record(caseId, "opened");
        Map<String, Object> row = events.rows(caseId).get(0);
        Instant at = ((Timestamp) row.get("occurred_at")).toInstant();

        String plain = jdbc.queryForObject("select audit_record_hash(seq, occurred_at, actor, case_type, case_id, "
                + "action, details, prev_hash) from audit_record where id = ?", String.class, row.get("id"));

        assertThat(row.get("hash")).isNotEqualTo(plain)
                .isNotEqualTo(AuditHash.keyed(AuditKey.of("another-key-another-key-another-key!"), (long) row.get("seq"),
                        at, "test.auditor", AuditEvents.TEST_CASE, caseId, "opened", (String) row.get("details"),
                        (String) row.get("prev_hash")));
        assertThat(jdbc.queryForObject("select from_seq from audit_chain_keying", Long.class))
                .isLessThanOrEqualTo((long) row.get("seq"));
    }

    @Test
    void concurrentWritersKeepOneValidChain() throws Exception {
        long caseId = events.newCase();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                writes.add(threads.submit(() -> events.record(caseId, "first", "second")));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(events.rows(caseId)).hasSize(60);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        long caseId = events.newCase();
        events.record(caseId, "opened");
        long id = (long) events.rows(caseId).get(0).get("id");

        // The app's own role has no such right at all (AuditPermissionsTests); the trigger stops even the owner.
        assertThatThrownBy(() -> jdbc.update("update audit_record set details = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        for (String statement : new String[] {"update audit_record set details = 'rewritten' where id = " + id,
                "delete from audit_record where id = " + id, "truncate audit_record"}) {
            assertThatThrownBy(() -> owner.transactions().executeWithoutResult(status -> {
                status.setRollbackOnly();
                owner.jdbc().execute(statement);
            })).as(statement).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(events.rows(caseId)).extracting(row -> row.get("details")).containsExactly("détails « opened » ✓");
    }

    @Test
    void theChainIsLockedOnlyWhileATransactionCommitsSoOthersAppendMeanwhile() throws Exception {
        long caseId = events.newCase();
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = thread.submit(() -> transactions.executeWithoutResult(status -> {
                publisher.publishEvent(new CaseEvent(AuditEvents.TEST_CASE, caseId, "slow", "test.auditor",
                        Instant.now(), null));
                published.countDown();
                await(otherCommitted);
            }));
            await(published);
            // Before the change, a transaction held the lock from its first event to its commit: this one waited.
            events.record(caseId, "fast");
            otherCommitted.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdown();
        }

        assertThat(events.rows(caseId)).extracting(row -> row.get("action")).containsExactly("fast", "slow");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aTransactionsRecordsGoWithItOnlyEvenWhenAnotherRunsInsideIt() {
        long caseId = events.newCase();
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new CaseEvent(AuditEvents.TEST_CASE, caseId, "outer", "test.auditor",
                    Instant.now(), null));
            inner.executeWithoutResult(innerStatus -> publisher.publishEvent(new CaseEvent(AuditEvents.TEST_CASE,
                    caseId, "inner", "test.auditor", Instant.now(), null)));
            assertThat(events.rows(caseId)).extracting(row -> row.get("action")).containsExactly("inner");
            status.setRollbackOnly();
        });

        assertThat(events.rows(caseId)).extracting(row -> row.get("action")).containsExactly("inner");
    }

    @Test
    void theRecordsOfOneTransactionAreChainedInTheOrderOfTheirEvents() {
        long caseId = events.newCase();
        events.record(caseId, "a", "b", "c", "d");

        List<Map<String, Object>> rows = events.rows(caseId);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("a", "b", "c", "d");
        assertThat(rows).extracting(row -> (long) row.get("id")).isSorted();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("seq")).isEqualTo((long) rows.get(i - 1).get("seq") + 1);
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("waited for the other transaction").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRecordIsWrittenOnlyInTheTransactionOfItsChange() {
        assertThatThrownBy(() -> publisher.publishEvent(new CaseEvent(AuditEvents.TEST_CASE, events.newCase(),
                "opened", "test.auditor", Instant.now(), null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
