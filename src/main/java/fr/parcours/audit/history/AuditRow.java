package fr.parcours.audit.history;

import java.time.Instant;

/** One audit record with the case it belongs to (case fields are null for other kinds of case). */
public record AuditRow(long id, Instant occurredAt, String caseType, long caseId, String businessKey,
                       String organisationName, String departmentCode, String phase, String actor, String action,
                       String details) {

    public boolean isAccompaniment() {
        return businessKey != null;
    }

    /** The history page's URL segment for this row's case, or null when that kind has no history page. */
    public String getHistoryPath() {
        return CaseKind.forCaseType(caseType).map(CaseKind::getPath).orElse(null);
    }
}
