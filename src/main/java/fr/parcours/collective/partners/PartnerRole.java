package fr.parcours.collective.partners;

/** What an organisation is to a collective DLA it takes part in running. */
public enum PartnerRole {
    /** Carries the collective: a regional network such as the MRA of France Médiation or the CRESS. */
    CARRIER,
    /** Runs it in a department, such as Nord Actif. */
    OPERATOR
}
