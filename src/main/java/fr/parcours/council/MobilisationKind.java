package fr.parcours.council;

/** How the facilitator went to meet inhabitants. */
public enum MobilisationKind {
    DOOR_TO_DOOR, STAND, EVENT
}
