package fr.parcours.dla;

/** The phases of an individual DLA accompaniment (national framework), plus its two endings. */
public enum Phase {
    INTAKE, DIAGNOSTIC, PLAN, SUPPORT_COMMITTEE, ENGINEERING, FOLLOW_UP, CLOSED, REFERRED
}
