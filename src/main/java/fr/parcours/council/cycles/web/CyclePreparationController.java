package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;

import jakarta.validation.Valid;
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

/** The meeting preparation task: agenda co-built with the council, invitations, room. */
@Controller
@RequestMapping("/councils/tasks/{taskId}/preparation")
class CyclePreparationController {

    private final CycleTasks tasks;

    CyclePreparationController(CycleTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CycleTask task = tasks.open(taskId, TASK_PREPARE_MEETING, authentication.getName());
        model.addAttribute("form", new PreparationFormData());
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") PreparationFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CycleTask task = tasks.open(taskId, TASK_PREPARE_MEETING, authentication.getName());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toPreparation(authentication.getName()),
                form.getHoursSpent());
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/councils/" + task.council().getId();
    }

    private String showForm(CycleTask task, Model model) {
        task.addTo(model);
        return "council/preparation";
    }
}
