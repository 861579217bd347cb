package fr.parcours.council.members;

/** Recorded only to check the residents' parity. */
public enum Gender {
    FEMALE, MALE, OTHER
}
