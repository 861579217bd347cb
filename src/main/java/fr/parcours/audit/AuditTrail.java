package fr.parcours.audit;

import fr.parcours.audit.chain.AuditHash;
import fr.parcours.audit.chain.AuditKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link CaseEvent} in the transaction that published it: if the business change rolls
 * back, so does its audit record, and no change is ever committed without one. Records form a hash
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
        lockChainForAppend();
        Optional<AuditRecord> head = records.findFirstByOrderBySeqDesc();
        long seq = head.map(AuditRecord::getSeq).orElse(0L) + 1;
        records.save(new AuditRecord(event, seq, head.map(AuditRecord::getHash).orElse(AuditHash.GENESIS),
                key));
    }

    /**
     * Two transactions reading the same head would both append seq n+1 on it, forking the chain; a row
     * lock cannot help since the new head does not exist yet, and a JVM lock would not cover several app
     * nodes. A transaction-scoped advisory lock in the shared database serialises appends across nodes
     * until commit or rollback, so each reads the head the previous one committed (READ COMMITTED takes a
     * fresh snapshot per statement). The insert runs under the lock too, so ids follow the chain order.
     */
    private void lockChainForAppend() {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, APPEND_LOCK).getSingleResult();
    }

    /** A case's timeline, oldest first. Callers check the reader's scope on the case itself. */
    @Transactional(readOnly = true)
    public List<AuditRecord> timeline(String caseType, long caseId) {
        return records.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId);
    }
}
