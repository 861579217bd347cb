package fr.parcours.collective.tracks.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;

import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.web.CollectiveTask;
import fr.parcours.collective.web.CollectiveTasks;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two steps of one structure's track: its needs, then its work until deliverables; either may end in a drop-out.
 * The deliverables are declared handed in only once the structure's action plan, funding leads and evaluation are.
 */
@Controller
@RequestMapping("/collective/tasks/{taskId}/track")
class TrackController {

    private static final Set<String> STEPS = Set.of(TASK_RECORD_STRUCTURE_NEEDS, TASK_RECORD_STRUCTURE_WORK);

    private final CollectiveTasks tasks;
    private final DeliverablesService deliverables;

    TrackController(CollectiveTasks tasks, DeliverablesService deliverables) {
        this.tasks = tasks;
        this.deliverables = deliverables;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new TrackFormData());
        return showForm(tasks.openOneOf(taskId, authentication.getName(), STEPS), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") TrackFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveTask task = tasks.openOneOf(taskId, authentication.getName(), STEPS);
        form.validate(errors, outcomes(task));
        if (form.getOutcome() == TrackOutcome.DELIVERED && !errors.hasFieldErrors("outcome")
                && !deliverables.of(task.participation().getId()).handedIn()) {
            errors.rejectValue("outcome", "DeliverablesMissing");
        }
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.collective().getId();
    }

    private String showForm(CollectiveTask task, Model model) {
        task.addTo(model);
        model.addAttribute("needsStep", TASK_RECORD_STRUCTURE_NEEDS.equals(task.task().getTaskDefinitionKey()));
        model.addAttribute("outcomes", outcomes(task));
        return "collective/track";
    }

    /** Deliverables come from the work, never with the needs. */
    private static List<TrackOutcome> outcomes(CollectiveTask task) {
        return TASK_RECORD_STRUCTURE_NEEDS.equals(task.task().getTaskDefinitionKey())
                ? List.of(TrackOutcome.CONTINUING, TrackOutcome.DROPPED_OUT)
                : List.of(TrackOutcome.values());
    }
}
