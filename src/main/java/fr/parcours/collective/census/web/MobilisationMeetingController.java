package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;

import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.web.CollectiveTask;
import fr.parcours.collective.web.CollectiveTasks;
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

    private final CollectiveTasks tasks;
    private final CollectiveService collectives;

    MobilisationMeetingController(CollectiveTasks tasks, CollectiveService collectives) {
        this.tasks = tasks;
        this.collectives = collectives;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new MobilisationMeetingFormData());
        return showForm(tasks.open(taskId, TASK_HOLD_MOBILISATION_MEETING, authentication.getName()), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") MobilisationMeetingFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveTask task = tasks.open(taskId, TASK_HOLD_MOBILISATION_MEETING, authentication.getName());
        form.validate(errors, invited(task).stream().map(Participation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toMeeting(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.collective().getId();
    }

    private String showForm(CollectiveTask task, Model model) {
        task.addTo(model);
        model.addAttribute("invited", invited(task));
        return "collective/mobilisation-meeting";
    }

    private List<Participation> invited(CollectiveTask task) {
        return collectives.participations(task.collective().getId());
    }
}
