package fr.parcours.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** No update or delete methods: audit records are only ever added. */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    /**
     * The head of the chain: call only while holding the append lock (see {@link AuditTrail}). A query of its own
     * rather than a derived one, which Spring Data would build again as a criteria query on every append.
     */
    @Query("select r from AuditRecord r order by r.seq desc limit 1")
    Optional<AuditRecord> head();

    List<AuditRecord> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(String caseType, long caseId);
}
