package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.casework.CaseTasks;
import jakarta.validation.Valid;
import java.util.Map;
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

/** The officer writes the cahier des charges of one ingénierie. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + SelectionTaskForms.SPECIFICATIONS)
class SpecificationsController {

    private static final String VIEW = "dla/engineering/specifications";

    private final SelectionTasks selectionTasks;
    private final CaseTasks tasks;

    SpecificationsController(SelectionTasks selectionTasks, CaseTasks tasks) {
        this.selectionTasks = selectionTasks;
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        MissionTask opened = selectionTasks.show(taskId, TASK_WRITE_SPECIFICATIONS, authentication.getName(), model);
        model.addAttribute("form", SpecificationsFormData.from(opened.mission()));
        return VIEW;
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") SpecificationsFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        selectionTasks.show(taskId, TASK_WRITE_SPECIFICATIONS, authentication.getName(), model);
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(taskId, TASK_WRITE_SPECIFICATIONS, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toSpecifications(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }
}
