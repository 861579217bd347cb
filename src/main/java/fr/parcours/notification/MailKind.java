package fr.parcours.notification;

/** What a mail of the outbox is about. */
public enum MailKind {
    /** A task was assigned to the person. */
    TASK_ASSIGNED,
    /** A task arrived, unassigned, in one of the person's groups. */
    TASK_ARRIVED,
    /** The daily digest of the person's tasks. */
    DIGEST,
    /** A task of a case the person runs is long overdue. */
    ESCALATION
}
