package fr.parcours.council.cycles;

/** Where an action decided by the council stands. */
public enum ActionStatus {
    DECIDED, IN_PROGRESS, DONE, DROPPED
}
