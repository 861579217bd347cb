package fr.parcours.tasklist;

/**
 * Filters on a case's business data, which lives in the app's tables rather than the engine's:
 * a phase value (see {@link PhaseOption}) and part of the organisation's name. Null means "any".
 */
public record CaseFilter(String phase, String organisationName) {

    public boolean isEmpty() {
        return phase == null && organisationName == null;
    }
}
