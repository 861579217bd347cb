package fr.parcours.casework;

import fr.parcours.identity.EngineRights;
import fr.parcours.identity.TaskWork;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a user task for its form and completes it, for every feature. A task opens only when it exists, is
 * open, has the expected key and belongs to the user — assigned to them, or unassigned or held by a colleague
 * in one of their candidate groups — else {@link TaskGoneException}; its case comes from the feature's
 * {@link CaseResolver}, else {@link CaseNotFoundException}.
 *
 * <p>Form data travels to the delegate that follows as a transient variable: the delegate persists it in the
 * app's tables within this same transaction, and the engine keeps no copy in its variables or history.
 */
@Service
public class CaseTasks {

    private final TaskService taskService;
    private final EngineRights engineRights;
    private final TaskWork taskWork;

    CaseTasks(TaskService taskService, EngineRights engineRights, TaskWork taskWork) {
        this.taskService = taskService;
        this.engineRights = engineRights;
        this.taskWork = taskWork;
    }

    /** The open task of this key and its case. */
    public <C> CaseTask<C> open(String taskId, String taskDefinitionKey, String userId, CaseResolver<C> cases) {
        return openOneOf(taskId, List.of(taskDefinitionKey), userId, cases);
    }

    /** For forms shared by several steps: the open task must be of one of these keys. */
    public <C> CaseTask<C> openOneOf(String taskId, Collection<String> taskDefinitionKeys, String userId,
                                     CaseResolver<C> cases) {
        Task task = openTask(taskId, taskDefinitionKeys, userId);
        return new CaseTask<>(task, cases.caseOf(task, userId));
    }

    /** The open task of this key, if it belongs to the user, for callers that find its case themselves. */
    public Task openTask(String taskId, String taskDefinitionKey, String userId) {
        return openTask(taskId, List.of(taskDefinitionKey), userId);
    }

    /**
     * A record below a case that a task variable names (an ingénierie axis, a track's participation, a
     * cycle…), looked up within the case the user may see: {@code withinCase} must only find records of that
     * case. A missing variable or a record of another case is a 404, never a write elsewhere.
     */
    public <T> T below(Task task, String variable, LongFunction<Optional<T>> withinCase) {
        Object value = taskService.getVariable(task.getId(), variable);
        if (!(value instanceof Number id)) {
            throw new CaseNotFoundException(task.getId());
        }
        return withinCase.apply(id.longValue()).orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** Completes the task; the delegate that follows persists {@code submission} in the same transaction. */
    @Transactional
    public void complete(Task task, String userId, Serializable submission) {
        complete(task, userId, Map.of(Submissions.VAR_SUBMISSION, submission));
    }

    /** Completes the open task of this key with these transient variables. */
    @Transactional
    public void complete(String taskId, String taskDefinitionKey, String userId,
                         Map<String, ? extends Object> transientData) {
        complete(openTask(taskId, List.of(taskDefinitionKey), userId), userId, transientData);
    }

    /**
     * Completes a task {@link #open opened} for this user, claiming it first when nobody holds it, with these
     * transient variables. Whose it is was checked when it was opened; the engine command checks it again on the
     * task it completes (a colleague may have completed or claimed it since).
     */
    @Transactional
    public void complete(Task task, String userId, Map<String, ? extends Object> transientData) {
        VariableMap variables = Variables.createVariables();
        transientData.forEach((name, value) ->
                variables.putValueTyped(name, Variables.objectValue(value, true).create()));
        try {
            taskWork.complete(task.getId(), userId, variables);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskGoneException(task.getId());
        } catch (AuthorizationException | NullValueException | NotFoundException
                 | SuspendedEntityInteractionException e) {
            // A colleague completed it meanwhile, on this node or another, taking its row and its grants with it
            // (or an administrator suspended it).
            if (engineRights.withoutUserChecks(() -> taskService.createTaskQuery().taskId(task.getId()).active()
                    .count()) == 0) {
                throw new TaskGoneException(task.getId());
            }
            throw e;
        }
    }

    private Task openTask(String taskId, Collection<String> taskDefinitionKeys, String userId) {
        Task task = userTask(taskId, userId);
        if (task == null || !taskDefinitionKeys.contains(task.getTaskDefinitionKey())) {
            throw new TaskGoneException(taskId);
        }
        return task;
    }

    /**
     * The open task if it is the user's: offered to one of their groups (a colleague may hold it: the form shows
     * it), else assigned to them. Read without the user's engine checks, which would let exactly these people read
     * it (the task rights of its candidate groups and assignee), in one query instead of three.
     */
    private Task userTask(String taskId, String userId) {
        List<String> groups = engineRights.groupIdsOf(userId);
        return engineRights.withoutUserChecks(() -> {
            Task offered = groups.isEmpty() ? null : taskService.createTaskQuery().taskId(taskId).active()
                    .taskCandidateGroupIn(groups).includeAssignedTasks().singleResult();
            return offered != null ? offered
                    : taskService.createTaskQuery().taskId(taskId).active().taskAssignee(userId).singleResult();
        });
    }
}
