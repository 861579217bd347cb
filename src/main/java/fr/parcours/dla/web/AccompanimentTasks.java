package fr.parcours.dla.web;

import fr.parcours.casework.CaseResolver;
import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.Scopes;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens and completes the officers' case tasks for the form controllers of every phase, through the task
 * kernel: the task must be open and the user's (else TaskGoneException), and the accompaniment its process
 * instance carries within their scope (else 404).
 */
@Component
public class AccompanimentTasks implements CaseResolver<Accompaniment> {

    private final CaseTasks tasks;
    private final AccompanimentService accompaniments;
    private final Scopes scopes;
    private final Clock clock;

    AccompanimentTasks(CaseTasks tasks, AccompanimentService accompaniments, Scopes scopes, Clock clock) {
        this.tasks = tasks;
        this.accompaniments = accompaniments;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The open task of this key and its case; TaskGoneException or CaseNotFoundException otherwise. */
    public AccompanimentTask open(String taskId, String taskDefinitionKey, String userId) {
        CaseTask<Accompaniment> opened = tasks.open(taskId, taskDefinitionKey, userId, this);
        Accompaniment accompaniment = opened.root();
        return new AccompanimentTask(opened.task(), accompaniment,
                LocalDate.ofInstant(accompaniment.getCreatedAt(), clock.getZone()), LocalDate.now(clock));
    }

    @Override
    public Accompaniment caseOf(Task task, String userId) {
        return accompaniments.ofProcessVisibleTo(task.getProcessInstanceId(), scopes.of(userId));
    }

    /** Completes the task; the delegate that follows persists {@code submission} in the same transaction. */
    public void complete(AccompanimentTask caseTask, String userId, Serializable submission) {
        tasks.complete(caseTask.task(), userId, submission);
    }
}
