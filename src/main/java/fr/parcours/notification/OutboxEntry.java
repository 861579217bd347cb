package fr.parcours.notification;

import java.time.Instant;

/** A mail of the outbox as its administration page shows it. */
public record OutboxEntry(long id, MailKind kind, String recipientUserId, String recipientAddress, String subject,
                          String textBody, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
                          Instant createdAt, Instant sentAt, boolean addressFlagged) {
}
