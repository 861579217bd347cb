package fr.parcours.tasklist;

/** A case as the audit trail names it: its type (e.g. ACCOMPANIMENT) and its id in the feature's table. */
public record CaseRef(String caseType, long caseId) {
}
