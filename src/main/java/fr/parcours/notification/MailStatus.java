package fr.parcours.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Refused for good (a bounced address), or out of attempts. */
    FAILED
}
