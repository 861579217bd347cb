package fr.parcours.collective;

/** Where a collective accompaniment stands, as coordinators name it. */
public enum CollectivePhase {
    CENSUS, MOBILISATION, WORK, FOLLOW_UP, CLOSED
}
