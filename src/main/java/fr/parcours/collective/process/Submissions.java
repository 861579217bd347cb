package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every delegate of {@code dla-collective} reads: the case ids and the form data of the task just done. */
final class Submissions {

    static long collectiveId(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_COLLECTIVE_ID);
    }

    static long participationId(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_PARTICIPATION_ID);
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

    private Submissions() {
    }
}
