package fr.parcours.council.web;

import static fr.parcours.council.process.CouncilCycleProcess.VAR_COUNCIL_ID;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_CYCLE_ID;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.Scopes;
import fr.parcours.casework.CaseTasks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens and completes the cycle tasks for every council form: the task must be open and visible to the
 * user (else TaskGoneException) and its council within their reach (else 404).
 */
@Component
class CouncilTasks {

    private final CaseTasks tasks;
    private final TaskService taskService;
    private final CouncilService councils;
    private final Scopes scopes;

    CouncilTasks(CaseTasks tasks, TaskService taskService, CouncilService councils, Scopes scopes) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.councils = councils;
        this.scopes = scopes;
    }

    CouncilTask open(String taskId, String taskDefinitionKey, String userId) {
        Task task = tasks.openTask(taskId, taskDefinitionKey, userId);
        long councilId = (Long) taskService.getVariable(task.getId(), VAR_COUNCIL_ID);
        Council council = councils.visibleTo(councilId, userId, scopes.of(userId));
        return new CouncilTask(task, council, (Long) taskService.getVariable(task.getId(), VAR_CYCLE_ID));
    }

    /**
     * Completes the task; the delegate that follows persists {@code submission}, and logs the activity with the
     * hours spent if given, in the same transaction.
     */
    void complete(CouncilTask councilTask, String userId, Serializable submission, BigDecimal hoursSpent) {
        Map<String, Object> data = new HashMap<>(Map.of(VAR_SUBMISSION, submission));
        if (hoursSpent != null) {
            data.put(VAR_HOURS_SPENT, hoursSpent);
        }
        tasks.complete(councilTask.task().getId(), councilTask.task().getTaskDefinitionKey(), userId, data);
    }
}
