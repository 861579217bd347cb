package fr.parcours.organisation;

/**
 * The domains of competence of the prestataire pool, a reference list shipped with the app; the labels are the
 * messages {@code competence.<NAME>}. A domain is what an officer filters the pool on when preselecting.
 */
public enum CompetenceDomain {
    STRATEGY, HUMAN_RESOURCES, FUNDING, GOVERNANCE, COMMUNICATION, DIGITAL, LEGAL, EVALUATION, ORGANISATION,
    PARTNERSHIPS
}
