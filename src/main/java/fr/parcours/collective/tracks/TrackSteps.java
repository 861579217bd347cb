package fr.parcours.collective.tracks;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open task of each structure's track, read from the engine with three queries for the whole collective
 * (its tasks, its executions, the tracks' participation variables), never one per structure.
 *
 * <p>Callers check the collective is in the user's scope first. The queries then run without the engine's own
 * authorization checks: coordinators hold rights on their tasks, not on the process instance's executions and
 * variables, and with those checks every track's task would lose its structure (and come out as a collective step).
 */
@Component
public class TrackSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    public TrackSteps(TaskService taskService, RuntimeService runtimeService, IdentityService identityService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /** Open tasks of the collective: those of a track under its participation id, the others under null. */
    public Map<Long, List<Task>> openTasks(String processInstanceId) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return read(processInstanceId);
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }

    private Map<Long, List<Task>> read(String processInstanceId) {
        Map<Long, List<Task>> byParticipation = new HashMap<>();
        if (processInstanceId == null) {
            return byParticipation;
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).active()
                .orderByTaskCreateTime().asc().list();
        if (tasks.isEmpty()) {
            return byParticipation;
        }
        Map<String, String> parents = new HashMap<>();
        for (Execution execution : runtimeService.createExecutionQuery().processInstanceId(processInstanceId).list()) {
            parents.put(execution.getId(), ((ExecutionEntity) execution).getParentId());
        }
        Map<String, Long> tracks = new HashMap<>();
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableName(VAR_PARTICIPATION_ID).list()) {
            tracks.put(variable.getExecutionId(), (Long) variable.getValue());
        }
        for (Task task : tasks) {
            byParticipation.computeIfAbsent(trackOf(task.getExecutionId(), parents, tracks), key -> new ArrayList<>())
                    .add(task);
        }
        return byParticipation;
    }

    /** The participation whose track holds the execution: the nearest ancestor carrying the element variable. */
    private static Long trackOf(String executionId, Map<String, String> parents, Map<String, Long> tracks) {
        for (String id = executionId; id != null; id = parents.get(id)) {
            if (tracks.containsKey(id)) {
                return tracks.get(id);
            }
        }
        return null;
    }
}
