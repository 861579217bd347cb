package fr.parcours.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** No update or delete methods: audit records are only ever added. */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(String caseType, long caseId);
}
