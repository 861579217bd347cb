package fr.parcours.notification;

/** One task in a digest or an escalation mail, or in the list of late tasks: already worded for its reader. */
public record TaskLine(String taskId, String taskName, String caseName, String due, long daysLate, String link) {
}
