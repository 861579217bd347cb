package fr.parcours.selection;

/** What a preselected consultant is told once the DLA has validated the choice. */
public enum NoticeOutcome {
    RETAINED, NOT_RETAINED, NO_PROPOSAL
}
