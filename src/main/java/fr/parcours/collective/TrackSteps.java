package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open task of each structure's track, read from the engine with three queries for the whole collective
 * (its tasks, its executions, the tracks' participation variables), never one per structure.
 */
@Component
public class TrackSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public TrackSteps(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** Open tasks of the collective: those of a track under its participation id, the others under null. */
    public Map<Long, List<Task>> openTasks(String processInstanceId) {
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
