package fr.parcours.dla;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.NationalPhase.StepState;
import org.junit.jupiter.api.Test;

/** The app's finer phases on the five national ones, and the progress line they draw. */
class NationalPhaseTests {

    @Test
    void thePlanAndTheComiteDappuiAreBothStepsOfBuildingThePathway() {
        assertThat(NationalPhase.of(Phase.PLAN)).isEqualTo(NationalPhase.PATHWAY);
        assertThat(NationalPhase.of(Phase.SUPPORT_COMMITTEE)).isEqualTo(NationalPhase.PATHWAY);
        assertThat(NationalPhase.of(Phase.ENGINEERING)).isEqualTo(NationalPhase.ENGINEERING);
        assertThat(NationalPhase.of(Phase.CLOSED)).isEqualTo(NationalPhase.FOLLOW_UP);
    }

    @Test
    void aCaseInTheComiteDappuiHasTwoPhasesDoneOneCurrentAndTwoToCome() {
        assertThat(NationalPhase.progress(Phase.SUPPORT_COMMITTEE)).extracting(NationalPhase.Step::state)
                .containsExactly(StepState.DONE, StepState.DONE, StepState.CURRENT, StepState.TO_COME,
                        StepState.TO_COME);
        assertThat(NationalPhase.progress(Phase.SUPPORT_COMMITTEE)).extracting(NationalPhase.Step::number)
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aClosedCaseHasEveryPhaseDoneAndAReferredOneOnlyItsAccueil() {
        assertThat(NationalPhase.progress(Phase.CLOSED)).extracting(NationalPhase.Step::state)
                .containsOnly(StepState.DONE);
        assertThat(NationalPhase.progress(Phase.REFERRED)).extracting(NationalPhase.Step::state)
                .containsExactly(StepState.DONE, StepState.TO_COME, StepState.TO_COME, StepState.TO_COME,
                        StepState.TO_COME);
    }
}
