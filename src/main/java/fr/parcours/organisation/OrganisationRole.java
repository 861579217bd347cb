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
    /**
     * Carries the DLA of a department or a regional DLA. Derived from the DLA operator registry
     * ({@link DlaOperatorRegistry}): held exactly by the organisations recorded there, never assigned apart.
     */
    DLA_OPERATOR;

    public boolean carries() {
        return this == CARRIER_MRA || this == CARRIER_CRESS;
    }

    /** Whether an administrator assigns this role as such (the DLA operator's comes from the registry). */
    public boolean isAssignable() {
        return this != DLA_OPERATOR;
    }

    /** The roles an administrator assigns directly, in declaration order. */
    public static java.util.List<OrganisationRole> assignable() {
        return java.util.Arrays.stream(values()).filter(OrganisationRole::isAssignable).toList();
    }
}
