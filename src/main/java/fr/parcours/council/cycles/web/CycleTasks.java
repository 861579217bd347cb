package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.casework.CaseResolver;
import fr.parcours.casework.CaseTasks;
import fr.parcours.casework.Submissions;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import fr.parcours.identity.Scopes;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens and completes the cycle tasks for every cycle form, through the task kernel: the task must be open and the
 * user's (else TaskGoneException), and its case is the cycle whose process instance it belongs to, found in the
 * app's table — never from the instance's variables — with its council within the user's reach (else 404).
 */
@Component
class CycleTasks implements CaseResolver<CycleTask> {

    private final CaseTasks tasks;
    private final TaskService taskService;
    private final CouncilCycleRepository cycles;
    private final CouncilService councils;
    private final Scopes scopes;

    CycleTasks(CaseTasks tasks, TaskService taskService, CouncilCycleRepository cycles, CouncilService councils,
               Scopes scopes) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.cycles = cycles;
        this.councils = councils;
        this.scopes = scopes;
    }

    /**
     * A task the engine still shows the user (a grant of their own on it, kept from before removals took it back)
     * answers 404 when its council is out of their reach, as every page of that council does; a task they cannot
     * see is gone.
     */
    CycleTask open(String taskId, String taskDefinitionKey, String userId) {
        Task seen = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (seen != null) {
            caseOf(seen, userId);
        }
        return tasks.open(taskId, taskDefinitionKey, userId, this).root();
    }

    @Override
    public CycleTask caseOf(Task task, String userId) {
        CouncilCycle cycle = cycles.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new CaseNotFoundException(task.getProcessInstanceId()));
        Council council = councils.visibleTo(cycle.getCouncilId(), userId, scopes.of(userId));
        return new CycleTask(task, cycle, council);
    }

    /**
     * Completes the task; the delegate that follows persists {@code submission}, and logs the activity with the
     * hours spent if given, in the same transaction.
     */
    void complete(CycleTask cycleTask, String userId, Serializable submission, BigDecimal hoursSpent) {
        Map<String, Object> data = new HashMap<>(Map.of(Submissions.VAR_SUBMISSION, submission));
        if (hoursSpent != null) {
            data.put(VAR_HOURS_SPENT, hoursSpent);
        }
        tasks.complete(cycleTask.task(), userId, data);
    }
}
