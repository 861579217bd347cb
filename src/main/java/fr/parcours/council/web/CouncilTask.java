package fr.parcours.council.web;

import fr.parcours.council.Council;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;

/** An open cycle task with its council, already checked to be within the user's reach, and its cycle id. */
record CouncilTask(Task task, Council council, long cycleId) {

    void addTo(Model model) {
        model.addAttribute("task", task);
        model.addAttribute("council", council);
    }
}
