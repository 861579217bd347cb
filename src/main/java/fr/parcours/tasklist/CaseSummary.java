package fr.parcours.tasklist;

/** How a task list names the case a task belongs to, and where its case file is. */
public record CaseSummary(String reference, String organisationName, String link) {
}
