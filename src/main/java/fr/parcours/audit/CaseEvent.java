package fr.parcours.audit;

import java.time.Instant;

/**
 * Something that happened to a case, published by the feature that did it (in its transaction) and
 * recorded by the audit module. {@code action} is a message key suffix ({@code audit.action.<action>});
 * {@code details} is a short human summary of what changed.
 */
public record CaseEvent(String caseType, long caseId, String action, String actor, Instant at, String details) {

    public static final String ACCOMPANIMENT = "ACCOMPANIMENT";
}
