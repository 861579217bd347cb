package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.Scopes;
import fr.parcours.casework.CaseTasks;
import fr.parcours.casework.TaskGoneException;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens and completes the coordinators' tasks for every collective form: the task must be open and visible
 * to the user (else TaskGoneException) and its collective within their region (else 404).
 */
@Component
public class CollectiveTasks {

    private final CaseTasks tasks;
    private final TaskService taskService;
    private final CollectiveService collectives;
    private final Scopes scopes;

    CollectiveTasks(CaseTasks tasks, TaskService taskService, CollectiveService collectives, Scopes scopes) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.collectives = collectives;
        this.scopes = scopes;
    }

    public CollectiveTask open(String taskId, String taskDefinitionKey, String userId) {
        Task task = tasks.openTask(taskId, taskDefinitionKey, userId);
        long collectiveId = (Long) taskService.getVariable(task.getId(), VAR_COLLECTIVE_ID);
        // The chosen consultant firm holds the sessions with the coordinators; every other step is the region's.
        CollectiveAccompaniment collective = TASK_HOLD_SESSION.equals(taskDefinitionKey)
                ? collectives.heldBy(collectiveId, scopes.of(userId))
                : collectives.visibleTo(collectiveId, scopes.of(userId));
        Long participationId = (Long) taskService.getVariable(task.getId(), VAR_PARTICIPATION_ID);
        Participation participation = participationId == null ? null : collectives.participations(collectiveId)
                .stream().filter(p -> p.getId().equals(participationId)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(participationId));
        return new CollectiveTask(task, collective, participation);
    }

    /** For forms shared by several steps: the open task must be of one of these keys. */
    public CollectiveTask openOneOf(String taskId, String userId, Collection<String> taskDefinitionKeys) {
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null || !taskDefinitionKeys.contains(task.getTaskDefinitionKey())) {
            throw new TaskGoneException(taskId);
        }
        return open(taskId, task.getTaskDefinitionKey(), userId);
    }

    /** Completes the task; the delegate that follows persists {@code submission} in the same transaction. */
    public void complete(CollectiveTask collectiveTask, String userId, Serializable submission) {
        tasks.complete(collectiveTask.task().getId(), collectiveTask.task().getTaskDefinitionKey(), userId,
                Map.of(VAR_SUBMISSION, submission));
    }
}
