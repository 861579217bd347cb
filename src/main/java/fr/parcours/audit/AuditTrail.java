package fr.parcours.audit;

import fr.parcours.audit.chain.AuditHash;
import fr.parcours.audit.chain.AuditKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link CaseEvent} in the transaction that published it, appended just before that transaction
 * commits: if the business change rolls back, so does its audit record, and no change is ever committed without one. Records form a hash
 * chain, each sealing the one before it with a key the database never holds. The runtime database role may only
 * read and append here (migration V46).
 */
@Service
public class AuditTrail {

    /** Key of the PostgreSQL advisory lock that serialises appends to the chain ("AUDITCHN"). */
    public static final long APPEND_LOCK = 0x415544495443484EL;

    private final AuditRecordRepository records;
    private final AuditKey key;

    @PersistenceContext
    private EntityManager entityManager;

    AuditTrail(AuditRecordRepository records, AuditKey key) {
        this.records = records;
        this.key = key;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            append(List.of(event));
            return;
        }
        PendingRecords pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingRecords.class::isInstance).map(PendingRecords.class::cast)
                .filter(records -> records.trail == this).findFirst().orElse(null);
        if (pending == null) {
            pending = new PendingRecords(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(event);
    }

    /**
     * Appends these events to the chain, in order, under the append lock. Two transactions reading the same head
     * would both append seq n+1 on it, forking the chain; a row lock cannot help since the new head does not exist
     * yet, and a JVM lock would not cover several app nodes. A transaction-scoped advisory lock in the shared
     * database serialises appends across nodes until commit or rollback, so each reads the head the previous one
     * committed (READ COMMITTED takes a fresh snapshot per statement). The inserts run under the lock too, so ids
     * follow the chain order.
     */
    private void append(List<CaseEvent> events) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, APPEND_LOCK).getSingleResult();
        Optional<AuditRecord> head = records.head();
        long seq = head.map(AuditRecord::getSeq).orElse(0L);
        String prevHash = head.map(AuditRecord::getHash).orElse(AuditHash.GENESIS);
        for (CaseEvent event : events) {
            AuditRecord record = records.save(new AuditRecord(event, ++seq, prevHash, key));
            prevHash = record.getHash();
        }
    }

    /**
     * The events of one transaction, appended just before it commits: the lock that serialises appends across the
     * cluster is then held from the append to the commit only, not for the rest of the business transaction (its
     * engine steps, delegates and other writes). Appending in {@code beforeCommit} still belongs to the
     * transaction: if it fails, the transaction rolls back, so no change is ever committed without its record.
     * Events published after the append (by a later before-commit callback) are appended at once. Events must be
     * published by the transaction's work, not by a before-commit callback of a transaction that had none before:
     * Spring would not call a synchronization registered that late (no feature does so).
     */
    private static final class PendingRecords implements TransactionSynchronization {

        private final AuditTrail trail;
        private final List<CaseEvent> events = new ArrayList<>();
        private boolean appended;

        PendingRecords(AuditTrail trail) {
            this.trail = trail;
        }

        void add(CaseEvent event) {
            if (appended) {
                trail.append(List.of(event));
            } else {
                events.add(event);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            trail.append(events);
        }

        @Override
        public int getOrder() {
            // After the app's other before-commit callbacks, which may still publish events.
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** A case's timeline, oldest first. Callers check the reader's scope on the case itself. */
    @Transactional(readOnly = true)
    public List<AuditRecord> timeline(String caseType, long caseId) {
        return records.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId);
    }
}
