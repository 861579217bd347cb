package fr.parcours.council;

/** Recorded only to check the residents' parity. */
public enum Gender {
    FEMALE, MALE, OTHER
}
