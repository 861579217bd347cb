package fr.parcours.collective.tracks.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
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

    private final CaseTasks tasks;
    private final CollectiveCases cases;
    private final TrackService tracks;
    private final DeliverablesService deliverables;

    TrackController(CaseTasks tasks, CollectiveCases cases, TrackService tracks, DeliverablesService deliverables) {
        this.tasks = tasks;
        this.cases = cases;
        this.tracks = tracks;
        this.deliverables = deliverables;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new TrackFormData());
        return showForm(open(taskId, authentication), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") TrackFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        TrackTask track = open(taskId, authentication);
        form.validate(errors, outcomes(track.task()));
        if (form.getOutcome() == TrackOutcome.DELIVERED && !errors.hasFieldErrors("outcome")
                && !deliverables.of(track.participation().getId()).handedIn()) {
            errors.rejectValue("outcome", "DeliverablesMissing");
        }
        if (errors.hasErrors()) {
            return showForm(track, model);
        }
        tasks.complete(track.task(), authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + track.collective().getId();
    }

    /** The open track step and its structure, looked up within the task's collective only (else 404). */
    private TrackTask open(String taskId, Authentication authentication) {
        CaseTask<CollectiveAccompaniment> opened = tasks.openOneOf(taskId, STEPS, authentication.getName(), cases);
        Participation participation = tasks.below(opened.task(), VAR_PARTICIPATION_ID,
                participationId -> tracks.within(opened.root().getId(), participationId));
        return new TrackTask(opened.task(), opened.root(), participation);
    }

    private String showForm(TrackTask track, Model model) {
        model.addAttribute("task", track.task());
        model.addAttribute("collective", track.collective());
        model.addAttribute("participation", track.participation());
        model.addAttribute("needsStep", TASK_RECORD_STRUCTURE_NEEDS.equals(track.task().getTaskDefinitionKey()));
        model.addAttribute("outcomes", outcomes(track.task()));
        return "collective/track";
    }

    /** Deliverables come from the work, never with the needs. */
    private static List<TrackOutcome> outcomes(Task task) {
        return TASK_RECORD_STRUCTURE_NEEDS.equals(task.getTaskDefinitionKey())
                ? List.of(TrackOutcome.CONTINUING, TrackOutcome.DROPPED_OUT)
                : List.of(TrackOutcome.values());
    }

    /** An open step of one structure's track, with its collective and the structure's participation. */
    private record TrackTask(Task task, CollectiveAccompaniment collective, Participation participation) {
    }
}
