package fr.parcours.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a delegate reads after a user task: the form data the app passed as a transient variable when it
 * completed the task, and the ids the process carries.
 */
public final class Submissions {

    /** The transient variable that carries a task's form data to the delegate that follows it. */
    public static final String VAR_SUBMISSION = "submission";

    private Submissions() {
    }

    /** The form data of the task just completed; one completed without it (e.g. from Tasklist) fails and rolls back. */
    public static <T> T read(DelegateExecution execution, Class<T> type) {
        Object value = execution.getVariable(VAR_SUBMISSION);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Task completed without a " + type.getSimpleName() + ": "
                    + execution.getProcessInstanceId());
        }
        return type.cast(value);
    }

    /** A required id variable, however the engine typed the number. */
    public static long id(DelegateExecution execution, String variable) {
        if (!(execution.getVariable(variable) instanceof Number id)) {
            throw new IllegalStateException("No " + variable + " in " + execution.getProcessInstanceId());
        }
        return id.longValue();
    }

    /** An id variable that may be absent (null then). */
    public static Long optionalId(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) instanceof Number id ? id.longValue() : null;
    }
}
