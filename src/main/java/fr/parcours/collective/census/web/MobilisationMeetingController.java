package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.tracks.Participation;
import jakarta.validation.Valid;
import java.util.List;
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

/** The mobilisation meeting task: the structures present participate, each with its own track. */
@Controller
@RequestMapping("/collective/tasks/{taskId}/mobilisation-meeting")
class MobilisationMeetingController {

    private final CaseTasks tasks;
    private final CollectiveCases cases;
    private final CollectiveService collectives;

    MobilisationMeetingController(CaseTasks tasks, CollectiveCases cases, CollectiveService collectives) {
        this.tasks = tasks;
        this.cases = cases;
        this.collectives = collectives;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new MobilisationMeetingFormData());
        return showForm(tasks.open(taskId, TASK_HOLD_MOBILISATION_MEETING, authentication.getName(), cases), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") MobilisationMeetingFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.open(taskId, TASK_HOLD_MOBILISATION_MEETING, authentication.getName(), cases);
        form.validate(errors, invited(task).stream().map(Participation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task.task(), authentication.getName(), form.toMeeting(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.root().getId();
    }

    private String showForm(CaseTask<CollectiveAccompaniment> task, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("collective", task.root());
        model.addAttribute("invited", invited(task));
        return "collective/mobilisation-meeting";
    }

    private List<Participation> invited(CaseTask<CollectiveAccompaniment> task) {
        return collectives.participations(task.root().getId());
    }
}
