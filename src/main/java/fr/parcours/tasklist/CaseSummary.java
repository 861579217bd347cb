package fr.parcours.tasklist;

/**
 * How a task list names the case a task belongs to, and where its case file is.
 * {@code phaseKey} is the message key of the case's current phase, or null when the feature has none.
 */
public record CaseSummary(String reference, String organisationName, String link, String phaseKey) {

    public CaseSummary(String reference, String organisationName, String link) {
        this(reference, organisationName, link, null);
    }
}
