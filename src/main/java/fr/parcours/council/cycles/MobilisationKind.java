package fr.parcours.council.cycles;

/** How the facilitator went to meet inhabitants. */
public enum MobilisationKind {
    DOOR_TO_DOOR, STAND, EVENT
}
