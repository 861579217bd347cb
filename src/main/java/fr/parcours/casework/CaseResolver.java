package fr.parcours.casework;

import org.camunda.bpm.engine.task.Task;

/**
 * Implemented once per process: finds the case a task belongs to from the task's process instance, through
 * the app's own tables, and checks it against the user's scope.
 *
 * @param <C> the case root (an accompaniment, a collective, a council cycle…) or a view of it
 */
@FunctionalInterface
public interface CaseResolver<C> {

    /** The task's case, visible to the user; {@link CaseNotFoundException} when missing or out of scope. */
    C caseOf(Task task, String userId);
}
