package fr.parcours.audit.history;

import java.time.Instant;

/**
 * One audit record with the case it belongs to (case fields are null for other kinds of case), and the history
 * page's URL segment for that case, or null when its kind has no history page.
 */
public record AuditRow(long id, Instant occurredAt, String caseType, long caseId, String businessKey,
                       String organisationName, String departmentCode, String phase, String actor, String action,
                       String details, String historyPath) {

    public boolean isAccompaniment() {
        return businessKey != null;
    }
}
