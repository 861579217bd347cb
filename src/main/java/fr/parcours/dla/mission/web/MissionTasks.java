package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.mission.MissionContext;
import fr.parcours.dla.mission.MissionFile;
import fr.parcours.dla.mission.MissionQueries;
import fr.parcours.identity.Scopes;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opens the task of a mission for its form, through the task kernel: the task must be open and the user's;
 * its mission is the one of the task's ingénierie axis <em>within the case its process instance carries</em>,
 * and must be visible to the user (the officers of the case, or the chosen consultant's firm).
 */
@Component
class MissionTasks {

    private final CaseTasks tasks;
    private final TaskService taskService;
    private final AccompanimentService accompaniments;
    private final MissionQueries queries;
    private final Scopes scopes;

    MissionTasks(CaseTasks tasks, TaskService taskService, AccompanimentService accompaniments,
                 MissionQueries queries, Scopes scopes) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.accompaniments = accompaniments;
        this.queries = queries;
        this.scopes = scopes;
    }

    /** One open task of a mission, the mission's file and what its forms check input against. */
    record MissionTask(Task task, MissionFile file, MissionContext context) {
    }

    MissionTask open(String taskId, String taskDefinitionKey, String userId) {
        CaseTask<MissionFile> opened = tasks.open(taskId, taskDefinitionKey, userId, this::missionOf);
        return new MissionTask(opened.task(), opened.root(), queries.contextOf(opened.root().mission().getId()));
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

    private MissionFile missionOf(Task task, String userId) {
        long accompanimentId = accompaniments.idOfProcess(task.getProcessInstanceId());
        return tasks.below(task, VAR_ENGINEERING_AXIS_ID,
                axisId -> queries.ofAxisOfCase(axisId, accompanimentId, scopes.of(userId)));
    }

    private Long axisOf(Task task) {
        return taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID) instanceof Number axisId
                ? axisId.longValue() : null;
    }
}
