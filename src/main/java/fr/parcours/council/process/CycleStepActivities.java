package fr.parcours.council.process;

import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;

import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CycleStepActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The activity a cycle task stands for, with the hours the facilitator reported with its form, if any. */
final class CycleStepActivities {

    private CycleStepActivities() {
    }

    static CycleStepActivity of(DelegateExecution execution, long cycleId, ActivityKind kind, String facilitatorId,
                                LocalDate performedOn) {
        return new CycleStepActivity(cycleId, kind, facilitatorId, performedOn,
                (BigDecimal) execution.getVariable(VAR_HOURS_SPENT));
    }
}
