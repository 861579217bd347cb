package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.Scopes;
import fr.parcours.tasklist.TaskCompleter;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens and completes the officers' case tasks for the form controllers of every phase: the task must be
 * open and visible to the user (else TaskGoneException) and its case within their scope (else 404).
 */
@Component
public class CaseTasks {

    private final TaskCompleter tasks;
    private final TaskService taskService;
    private final AccompanimentService accompaniments;
    private final Scopes scopes;
    private final Clock clock;

    CaseTasks(TaskCompleter tasks, TaskService taskService, AccompanimentService accompaniments, Scopes scopes,
              Clock clock) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.accompaniments = accompaniments;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The open task of this key and its case; TaskGoneException or CaseNotFoundException otherwise. */
    public CaseTask open(String taskId, String taskDefinitionKey, String userId) {
        Task task = tasks.openTask(taskId, taskDefinitionKey);
        long accompanimentId = (Long) taskService.getVariable(task.getId(), VAR_ACCOMPANIMENT_ID);
        Accompaniment accompaniment = accompaniments.visibleTo(accompanimentId, scopes.of(userId));
        return new CaseTask(task, accompaniment, LocalDate.ofInstant(accompaniment.getCreatedAt(), clock.getZone()),
                LocalDate.now(clock));
    }

    /** Completes the task; the delegate that follows persists {@code submission} in the same transaction. */
    public void complete(CaseTask caseTask, String userId, Serializable submission) {
        tasks.complete(caseTask.task().getId(), caseTask.task().getTaskDefinitionKey(), userId,
                Map.of(VAR_SUBMISSION, submission));
    }
}
