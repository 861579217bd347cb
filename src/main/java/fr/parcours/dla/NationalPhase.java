package fr.parcours.dla;

import java.util.Arrays;
import java.util.List;

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

    /** Where a case stands on one national phase: done, current, or still to come (or never, once referred). */
    public enum StepState {
        DONE, CURRENT, TO_COME
    }

    public record Step(int number, NationalPhase phase, StepState state) {

        public boolean isCurrent() {
            return state == StepState.CURRENT;
        }
    }

    /** The five phases in order for a case in this phase: the case file's progress line. */
    public static List<Step> progress(Phase phase) {
        NationalPhase current = of(phase);
        return Arrays.stream(values()).map(step -> new Step(step.ordinal() + 1, step,
                phase == Phase.CLOSED || (phase == Phase.REFERRED && step == INTAKE) || step.ordinal() < current.ordinal()
                        ? StepState.DONE
                        : step == current && phase != Phase.REFERRED ? StepState.CURRENT : StepState.TO_COME)).toList();
    }
}
