package fr.parcours.collective.tracks;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import fr.parcours.identity.EngineRights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open task of each structure's track, read from the engine with three reads for the whole collective (its
 * tasks, its activity instance tree, the tracks' participation variables), never one per structure.
 *
 * <p>Callers check the collective is in the user's scope first. The reads then run without the engine's own
 * authorization checks: coordinators hold rights on their tasks, not on the process instance's executions and
 * variables, and with those checks every track's task would lose its structure (and come out as a collective step).
 */
@Component
public class TrackSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;

    public TrackSteps(TaskService taskService, RuntimeService runtimeService, EngineRights engineRights) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
    }

    /** Open tasks of the collective: those of a track under its participation id, the others under null. */
    public Map<Long, List<Task>> openTasks(String processInstanceId) {
        return engineRights.withoutUserChecks(() -> read(processInstanceId));
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
        Tree tree = new Tree(runtimeService.getActivityInstance(processInstanceId));
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableName(VAR_PARTICIPATION_ID).list()) {
            tree.mark(variable, (Long) variable.getValue());
        }
        for (Task task : tasks) {
            byParticipation.computeIfAbsent(tree.trackOf(task.getExecutionId()), key -> new ArrayList<>()).add(task);
        }
        return byParticipation;
    }

    /**
     * The activity instance tree with each instance's parent and executions: a track is the instance that carries
     * the participation variable, and a task belongs to the track above the instance its execution runs.
     */
    private static final class Tree {

        private final Map<String, String> parents = new HashMap<>();
        private final Map<String, String> instanceOfExecution = new HashMap<>();
        private final Map<String, Long> tracks = new HashMap<>();

        Tree(ActivityInstance root) {
            if (root != null) {
                add(root, null);
            }
        }

        /** Parents first, so that an execution shared with a child instance maps to the deepest one. */
        private void add(ActivityInstance instance, String parentId) {
            parents.put(instance.getId(), parentId);
            for (String executionId : instance.getExecutionIds()) {
                instanceOfExecution.put(executionId, instance.getId());
            }
            for (TransitionInstance transition : instance.getChildTransitionInstances()) {
                parents.put(transition.getId(), instance.getId());
                instanceOfExecution.put(transition.getExecutionId(), transition.getId());
            }
            for (ActivityInstance child : instance.getChildActivityInstances()) {
                add(child, instance.getId());
            }
        }

        /** The variable's own activity instance, or the one its execution runs. */
        void mark(VariableInstance variable, Long participationId) {
            String instanceId = parents.containsKey(variable.getActivityInstanceId()) ? variable.getActivityInstanceId()
                    : instanceOfExecution.get(variable.getExecutionId());
            if (instanceId != null) {
                tracks.put(instanceId, participationId);
            }
        }

        /** The participation of the nearest track above the execution's instance; null outside every track. */
        Long trackOf(String executionId) {
            for (String id = instanceOfExecution.get(executionId); id != null; id = parents.get(id)) {
                if (tracks.containsKey(id)) {
                    return tracks.get(id);
                }
            }
            return null;
        }
    }
}
