package fr.parcours.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** No update or delete methods: audit records are only ever added. */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    /** The head of the chain: call only while holding the append lock (see {@link AuditTrail}). */
    Optional<AuditRecord> findFirstByOrderBySeqDesc();

    List<AuditRecord> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(String caseType, long caseId);
}
