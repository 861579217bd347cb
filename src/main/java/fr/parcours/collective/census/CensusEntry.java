package fr.parcours.collective.census;

import java.io.Serializable;

/**
 * One structure listed by the census, with what the census checked (seed, Hauts-de-France): the MRA and the
 * CRESS listed the associations running a social-mediation project and holding adultes-relais agreements.
 */
public record CensusEntry(long organisationId, boolean mediationProject, int adultesRelaisAgreements, int employees)
        implements Serializable {

    /** Under this headcount a structure is a small one (TPE), those the MRA meant to reach first. */
    public static final int SMALL_STRUCTURE_EMPLOYEES = 10;

    /** The census criteria: a social-mediation project and at least one adultes-relais agreement. */
    public boolean eligible() {
        return mediationProject && adultesRelaisAgreements > 0;
    }
}
