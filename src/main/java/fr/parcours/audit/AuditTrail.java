package fr.parcours.audit;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link CaseEvent} in the transaction that published it: if the business change rolls
 * back, so does its audit record, and no change is ever committed without one.
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;

    AuditTrail(AuditRecordRepository records) {
        this.records = records;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseEvent event) {
        records.save(new AuditRecord(event));
    }

    /** A case's timeline, oldest first. Callers check the reader's scope on the case itself. */
    @Transactional(readOnly = true)
    public List<AuditRecord> timeline(String caseType, long caseId) {
        return records.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId);
    }
}
