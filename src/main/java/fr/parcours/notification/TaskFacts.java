package fr.parcours.notification;

import java.time.Instant;

/**
 * What a mail says about a task, taken from the engine's event in the step's transaction (the task's row is not
 * written yet): its id, name, definition key, process instance, the group it arrived in, its due date.
 */
record TaskFacts(String taskId, String name, String definitionKey, String processInstanceId, String groupId,
                 Instant due) {

    /** The same task under another name (its name in a recipient's language). */
    TaskFacts named(String otherName) {
        return new TaskFacts(taskId, otherName, definitionKey, processInstanceId, groupId, due);
    }
}
