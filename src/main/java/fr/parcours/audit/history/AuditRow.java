package fr.parcours.audit.history;

import java.time.Instant;

/** One audit record with the case it belongs to (case fields are null for other kinds of case). */
public record AuditRow(long id, Instant occurredAt, String caseType, long caseId, String businessKey,
                       String organisationName, String departmentCode, String phase, String actor, String action,
                       String details) {

    public boolean isAccompaniment() {
        return businessKey != null;
    }
}
