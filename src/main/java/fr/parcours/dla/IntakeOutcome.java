package fr.parcours.dla;

/** The officer's conclusion at the end of the accueil. */
public enum IntakeOutcome {
    ACCEPTED_FOR_DIAGNOSTIC, REFERRED
}
