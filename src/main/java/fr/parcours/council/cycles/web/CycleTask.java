package fr.parcours.council.cycles.web;

import fr.parcours.council.Council;
import fr.parcours.council.cycles.CouncilCycle;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;

/** An open cycle task with its cycle and council, found from the task's process instance and within reach. */
record CycleTask(Task task, CouncilCycle cycle, Council council) {

    void addTo(Model model) {
        model.addAttribute("task", task);
        model.addAttribute("council", council);
    }
}
