package fr.parcours.casework;

/** The task was completed (or removed) meanwhile, typically by a colleague: say so, don't crash. */
public class TaskGoneException extends RuntimeException {

    public TaskGoneException(String taskId) {
        super("Task " + taskId + " is no longer open");
    }
}
