package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.casework.CaseTasks;
import fr.parcours.dla.web.AccompanimentTask;
import fr.parcours.dla.web.AccompanimentTasks;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Opens one selection task of an ingénierie for the current user: the task must be open and visible to them
 * (else {@code TaskGoneException}) and its case within their scope (else 404).
 */
@Component
class SelectionTasks {

    private final AccompanimentTasks caseTasks;
    private final CaseTasks tasks;
    private final ConsultantSelectionService selection;
    private final PlanAxisRepository axes;
    private final Clock clock;

    SelectionTasks(AccompanimentTasks caseTasks, CaseTasks tasks, ConsultantSelectionService selection,
                   PlanAxisRepository axes, Clock clock) {
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.selection = selection;
        this.axes = axes;
        this.clock = clock;
    }

    MissionTask open(String taskId, String taskKey, String userId) {
        AccompanimentTask caseTask = caseTasks.open(taskId, taskKey, userId);
        Task task = caseTask.task();
        Accompaniment accompaniment = caseTask.accompaniment();
        // The ingénierie's axis comes from a task variable: it must be an axis of this very case.
        PlanAxis axis = tasks.below(task, VAR_ENGINEERING_AXIS_ID, axisId -> axes.findById(axisId)
                .filter(found -> found.getAccompanimentId() == accompaniment.getId()));
        EngineeringMission mission = selection.missionOfAxis(axis.getId());
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
