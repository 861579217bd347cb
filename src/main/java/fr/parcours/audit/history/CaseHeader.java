package fr.parcours.audit.history;

import java.time.Instant;

/** What an auditor reads at the top of a case's history. */
public record CaseHeader(long id, String businessKey, String organisationName, String regionCode,
                         String departmentCode, String phase, String processInstanceId, Instant createdAt,
                         CaseKind kind) {
}
