package fr.parcours.organisation;

/**
 * What an organisation is to the DLA and to collectives, whatever its {@link OrganisationKind}; one organisation
 * may hold several. Labels are the messages {@code organisation.role.<NAME>}.
 */
public enum OrganisationRole {
    /** The mission régionale d'appui of a network (France Médiation's MRA): carries collectives. */
    CARRIER_MRA,
    /** A chambre régionale de l'économie sociale et solidaire: carries collectives. */
    CARRIER_CRESS,
    /** Runs collectives in a department (Nord Actif). */
    DEPARTMENTAL_OPERATOR,
    /** Carries the DLA of a department or a regional DLA. */
    DLA_OPERATOR;

    public boolean carries() {
        return this == CARRIER_MRA || this == CARRIER_CRESS;
    }
}
