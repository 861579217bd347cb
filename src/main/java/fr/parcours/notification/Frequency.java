package fr.parcours.notification;

/** How often a person wants to hear about their tasks by e-mail. */
public enum Frequency {
    /** A mail for each task that reaches them, and the daily digest of deadlines (the default). */
    IMMEDIATE,
    /** One mail a day: the tasks that reached them since the last one, and the deadlines. */
    DAILY_DIGEST,
    /** No mail at all. */
    NONE
}
