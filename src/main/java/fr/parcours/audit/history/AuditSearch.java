package fr.parcours.audit.history;

import java.time.LocalDate;

/**
 * Criteria of a search over the audit records; every one is optional. {@code organisation} matches part
 * of the structure's name, {@code actor} and {@code action} match exactly, {@code from}/{@code to} are
 * inclusive days in {@code AuditQuery.ZONE}.
 */
public record AuditSearch(String organisation, String actor, String action, String caseType, String phase,
                          LocalDate from, LocalDate to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null, null);
    }

    public AuditSearch forCaseType(String type) {
        return new AuditSearch(organisation, actor, action, type, phase, from, to);
    }
}
