package fr.parcours.tasklist;

import java.util.Optional;

/** Implemented by each feature for the user tasks it has a form for. */
public interface TaskForms {

    /** The path of the form for this task, or empty when the task is not one of this feature's. */
    Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId);
}
