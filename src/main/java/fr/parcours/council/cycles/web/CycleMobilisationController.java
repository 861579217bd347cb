package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_RECORD_MOBILISATION;

import fr.parcours.council.cycles.MobilisationKind;
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

/** The mobilisation task: one action to meet inhabitants (axis 1 of the facilitator). */
@Controller
@RequestMapping("/councils/tasks/{taskId}/mobilisation")
class CycleMobilisationController {

    private final CycleTasks tasks;

    CycleMobilisationController(CycleTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CycleTask task = tasks.open(taskId, TASK_RECORD_MOBILISATION, authentication.getName());
        model.addAttribute("form", new MobilisationFormData());
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") MobilisationFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CycleTask task = tasks.open(taskId, TASK_RECORD_MOBILISATION, authentication.getName());
        form.validate(errors);
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toReport(authentication.getName()),
                form.getHoursSpent());
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/councils/" + task.council().getId();
    }

    private String showForm(CycleTask task, Model model) {
        task.addTo(model);
        model.addAttribute("kinds", MobilisationKind.values());
        return "council/mobilisation";
    }
}
