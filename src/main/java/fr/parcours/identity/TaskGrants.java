package fr.parcours.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant the engine gives whoever holds a task outlives the holding: Camunda keeps it when the task is
 * handed back, so a person unassigned (or gone from the scope) could still work on the task through the REST
 * API. Releasing a task here unassigns it and takes that grant back in one transaction, as the system: callers
 * have already decided the user gives the task back.
 */
@Service
public class TaskGrants {

    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final EngineRights engineRights;

    TaskGrants(TaskService taskService, AuthorizationService authorizationService, EngineRights engineRights) {
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.engineRights = engineRights;
    }

    /** Gives the task back to its groups if this user holds it, with their own grant; false when they do not. */
    @Transactional
    public boolean release(String taskId, String userId) {
        return engineRights.withoutUserChecks(() -> {
            Task held = taskService.createTaskQuery().taskId(taskId).taskAssignee(userId).singleResult();
            if (held == null) {
                return false;
            }
            // A claim of nobody unassigns without the TASK_ASSIGN right a plain setAssignee needs.
            taskService.claim(taskId, null);
            revoke(taskId, userId);
            return true;
        });
    }

    /** The user leaves the scope of the task (a council, a territory): unassigned if they held it, grant taken back. */
    @Transactional
    public void withdraw(String taskId, String userId) {
        release(taskId, userId);
        revoke(taskId, userId);
    }

    /** Takes back the user's own grant on the task, if any (the user's groups keep theirs). */
    @Transactional
    public void revoke(String taskId, String userId) {
        engineRights.withoutUserChecks(() -> {
            authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
                    .resourceId(taskId).list()
                    .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
            return null;
        });
    }
}
