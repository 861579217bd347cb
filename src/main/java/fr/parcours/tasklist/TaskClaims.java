package fr.parcours.tasklist;

import fr.parcours.identity.TaskGrants;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Claims and releases tasks as the current user. Races with colleagues are expected, not errors: every
 * outcome is reported so the page can say what happened. Who may claim is the engine's decision (its
 * authorizations give a task's candidate groups the right to work on it); no transaction is opened here,
 * so a refused engine command leaves nothing half done. Releasing is {@link TaskGrants}'s, in its own
 * transaction: the task and the holder's grant on it go back together.
 */
@Service
public class TaskClaims {

    public enum Outcome {
        CLAIMED, UNCLAIMED, TAKEN_BY_SOMEONE_ELSE, NOT_YOURS, NOT_ALLOWED, GONE
    }

    private final TaskService taskService;
    private final TaskGrants grants;

    TaskClaims(TaskService taskService, TaskGrants grants) {
        this.taskService = taskService;
        this.grants = grants;
    }

    public Outcome claim(String taskId, String userId) {
        Task task = visibleOpenTask(taskId);
        if (task == null) {
            return Outcome.GONE;
        }
        if (userId.equals(task.getAssignee())) {
            return Outcome.CLAIMED;
        }
        if (task.getAssignee() != null) {
            return Outcome.TAKEN_BY_SOMEONE_ELSE;
        }
        try {
            taskService.claim(taskId, userId);
            return Outcome.CLAIMED;
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            return Outcome.TAKEN_BY_SOMEONE_ELSE;
        } catch (AuthorizationException e) {
            return Outcome.NOT_ALLOWED;
        } catch (NotFoundException | NullValueException e) {
            return Outcome.GONE;
        }
    }

    /** Gives the task back to its groups, with the holder's own grant on it; only its assignee may do so. */
    public Outcome unclaim(String taskId, String userId) {
        Task task = visibleOpenTask(taskId);
        if (task == null) {
            return Outcome.GONE;
        }
        if (task.getAssignee() == null) {
            return Outcome.UNCLAIMED;
        }
        if (!userId.equals(task.getAssignee())) {
            return Outcome.NOT_YOURS;
        }
        try {
            return grants.release(taskId, userId) ? Outcome.UNCLAIMED : Outcome.NOT_YOURS;
        } catch (OptimisticLockingException e) {
            return Outcome.NOT_YOURS;
        } catch (NotFoundException | NullValueException e) {
            return Outcome.GONE;
        }
    }

    // The query runs as the user: a task they may not see is as absent as a finished one.
    private Task visibleOpenTask(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).active().singleResult();
    }
}
