package fr.parcours.organisation;

/** What an organisation is to Parcours. */
public enum OrganisationKind {
    /** A social-economy structure that may be accompanied (association, GIP, SCIC…). */
    STRUCTURE,
    /** A consultant (prestataire) that can be chosen for an ingénierie. */
    CONSULTANT,
    /** A regional or departmental operator or network (MRA, CRESS, Nord Actif…). */
    OPERATOR
}
