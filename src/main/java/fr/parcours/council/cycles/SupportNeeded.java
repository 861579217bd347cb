package fr.parcours.council.cycles;

/** What the facilitator brings to an action the council decided. */
public enum SupportNeeded {
    NONE, LOGISTIC, ADMINISTRATIVE
}
