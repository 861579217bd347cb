package fr.parcours.dla;

/**
 * The five phases of an individual DLA as the national frame of reference names them: accueil, diagnostic
 * partagé, élaboration du parcours (the plan and its comité d'appui), mise en œuvre (ingénierie), suivi et
 * consolidation. The case file shows them as a progress line; the annual report times them.
 */
public enum NationalPhase {
    INTAKE, DIAGNOSTIC, PATHWAY, ENGINEERING, FOLLOW_UP;

    /** The national phase a case in this phase is in; a case referred elsewhere ended at the accueil. */
    public static NationalPhase of(Phase phase) {
        return switch (phase) {
            case INTAKE, REFERRED -> INTAKE;
            case DIAGNOSTIC -> DIAGNOSTIC;
            case PLAN, SUPPORT_COMMITTEE -> PATHWAY;
            case ENGINEERING -> ENGINEERING;
            case FOLLOW_UP, CLOSED -> FOLLOW_UP;
        };
    }
}
