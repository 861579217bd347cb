package fr.parcours.council.process;

import static fr.parcours.council.process.CouncilCycleProcess.VAR_COUNCIL_ID;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_CYCLE_ID;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;

import fr.parcours.council.ActivityKind;
import fr.parcours.council.CycleStepActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every delegate of {@code council-cycle} reads: the ids and the form data of the task just done. */
final class Submissions {

    static long councilId(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_COUNCIL_ID);
    }

    static long cycleId(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_CYCLE_ID);
    }

    /** The transient form data; a task completed without it (e.g. from Tasklist) fails and rolls back. */
    static <T> T submission(DelegateExecution execution, Class<T> type) {
        Object value = execution.getVariable(VAR_SUBMISSION);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Task completed without a " + type.getSimpleName() + ": "
                    + execution.getProcessInstanceId());
        }
        return type.cast(value);
    }

    /** The activity the task just completed stands for, with the hours reported with it, if any. */
    static CycleStepActivity activity(DelegateExecution execution, ActivityKind kind, String facilitatorId,
                                      LocalDate performedOn) {
        return new CycleStepActivity(cycleId(execution), kind, facilitatorId, performedOn,
                (BigDecimal) execution.getVariable(VAR_HOURS_SPENT));
    }

    private Submissions() {
    }
}
