package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.mission.MissionContext;
import fr.parcours.dla.mission.MissionFile;
import fr.parcours.dla.mission.MissionQueries;
import fr.parcours.identity.Scopes;
import fr.parcours.casework.CaseTasks;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens the task of a mission for its form. The engine query runs as the user, so a task outside their
 * candidate groups is "gone"; the mission itself is then checked against the user's scope.
 */
@Component
class MissionTasks {

    private final CaseTasks completer;
    private final TaskService taskService;
    private final MissionQueries queries;
    private final Scopes scopes;

    MissionTasks(CaseTasks completer, TaskService taskService, MissionQueries queries, Scopes scopes) {
        this.completer = completer;
        this.taskService = taskService;
        this.queries = queries;
        this.scopes = scopes;
    }

    /** One open task of a mission, the mission's file and what its forms check input against. */
    record MissionTask(Task task, MissionFile file, MissionContext context) {
    }

    MissionTask open(String taskId, String taskDefinitionKey, String userId) {
        Task task = completer.openTask(taskId, taskDefinitionKey, userId);
        MissionFile file = queries.ofAxisVisibleTo(axisOf(task), scopes.of(userId));
        return new MissionTask(task, file, queries.contextOf(file.mission().getId()));
    }

    /** The open tasks of this mission the user may see (the engine filters them by candidate group). */
    List<Task> visibleTasksOf(MissionFile file) {
        if (file.processInstanceId() == null) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceId(file.processInstanceId()).active()
                .orderByTaskCreateTime().asc().list().stream()
                .filter(task -> Objects.equals(axisOf(task), file.mission().getPlanAxisId()))
                .toList();
    }

    private long axisOf(Task task) {
        if (!(taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID) instanceof Number axisId)) {
            throw new CaseNotFoundException(task.getId());
        }
        return axisId.longValue();
    }
}
