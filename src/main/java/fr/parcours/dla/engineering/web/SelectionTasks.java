package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.CaseNotFoundException;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.process.EngineeringAxis;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.identity.Scopes;
import fr.parcours.tasklist.TaskCompleter;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Opens one selection task of an ingénierie for the current user: the task must be open and visible to them
 * (else {@code TaskGoneException}) and its case within their scope (else 404).
 */
@Component
class SelectionTasks {

    private final TaskCompleter tasks;
    private final TaskService taskService;
    private final AccompanimentService accompaniments;
    private final ConsultantSelectionService selection;
    private final PlanAxisRepository axes;
    private final Scopes scopes;
    private final Clock clock;

    SelectionTasks(TaskCompleter tasks, TaskService taskService, AccompanimentService accompaniments,
                 ConsultantSelectionService selection, PlanAxisRepository axes, Scopes scopes, Clock clock) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.accompaniments = accompaniments;
        this.selection = selection;
        this.axes = axes;
        this.scopes = scopes;
        this.clock = clock;
    }

    MissionTask open(String taskId, String taskKey, String userId) {
        Task task = tasks.openTask(taskId, taskKey);
        long accompanimentId = (Long) taskService.getVariable(task.getId(), VAR_ACCOMPANIMENT_ID);
        Accompaniment accompaniment = accompaniments.visibleTo(accompanimentId, scopes.of(userId));
        long axisId = EngineeringAxis.idOf(taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID));
        EngineeringMission mission = selection.missionOfAxis(axisId);
        PlanAxis axis = axes.findById(axisId).orElseThrow(() -> new CaseNotFoundException(axisId));
        return new MissionTask(task, accompaniment, axis, mission, selection.candidatesOf(mission.getId()),
                accompaniment.getCreatedAt().atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock));
    }

    /** Puts what every selection page shows into the model and returns the task. */
    MissionTask show(String taskId, String taskKey, String userId, Model model) {
        MissionTask opened = open(taskId, taskKey, userId);
        model.addAttribute("task", opened.task());
        model.addAttribute("accompaniment", opened.accompaniment());
        model.addAttribute("axis", opened.axis());
        model.addAttribute("mission", opened.mission());
        model.addAttribute("candidates", opened.candidates());
        return opened;
    }
}
