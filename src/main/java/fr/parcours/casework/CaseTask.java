package fr.parcours.casework;

import org.camunda.bpm.engine.task.Task;

/** An open user task with its case, already checked to lie within the user's scope. */
public record CaseTask<C>(Task task, C root) {
}
