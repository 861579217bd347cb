package fr.parcours.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a user task as the current user. Form data travels as transient variables: the delegate
 * that follows persists it in the app's tables within this same transaction, and the engine keeps
 * no copy of business data in its own variables or history.
 */
@Service
public class TaskCompleter {

    private final TaskService taskService;

    TaskCompleter(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The open task of this key, visible to the user; otherwise {@link TaskGoneException}. */
    public Task openTask(String taskId, String taskDefinitionKey) {
        Task task = taskService.createTaskQuery().taskId(taskId).taskDefinitionKey(taskDefinitionKey)
                .active().singleResult();
        if (task == null) {
            throw new TaskGoneException(taskId);
        }
        return task;
    }

    @Transactional
    public void complete(String taskId, String taskDefinitionKey, String userId, Map<String, Object> transientData) {
        Task task = openTask(taskId, taskDefinitionKey);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, userId);
        } else if (!task.getAssignee().equals(userId)) {
            throw new TaskGoneException(taskId);
        }
        VariableMap variables = Variables.createVariables();
        transientData.forEach((name, value) -> variables.putValueTyped(name, Variables.objectValue(value, true).create()));
        taskService.complete(taskId, variables);
    }
}
