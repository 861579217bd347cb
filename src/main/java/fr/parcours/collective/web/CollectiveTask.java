package fr.parcours.collective.web;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.tracks.Participation;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;

/**
 * An open coordinator task with its collective, already checked to be in the user's region, and the
 * participation of the structure when the task belongs to one structure's track (null otherwise).
 */
public record CollectiveTask(Task task, CollectiveAccompaniment collective, Participation participation) {

    public void addTo(Model model) {
        model.addAttribute("task", task);
        model.addAttribute("collective", collective);
        model.addAttribute("participation", participation);
    }
}
