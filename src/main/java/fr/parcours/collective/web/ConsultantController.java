package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SELECT_CONSULTANT;

import fr.parcours.collective.CollectiveService;
import fr.parcours.organisation.Organisation;
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

/** The consultant step, summarised: the coordinator records the consultant organisation chosen. */
@Controller
@RequestMapping("/collective/tasks/{taskId}/consultant")
class ConsultantController {

    private final CollectiveTasks tasks;
    private final CollectiveService collectives;

    ConsultantController(CollectiveTasks tasks, CollectiveService collectives) {
        this.tasks = tasks;
        this.collectives = collectives;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new ConsultantFormData());
        return showForm(tasks.open(taskId, TASK_SELECT_CONSULTANT, authentication.getName()), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") ConsultantFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveTask task = tasks.open(taskId, TASK_SELECT_CONSULTANT, authentication.getName());
        form.validate(errors, collectives.consultants().stream().map(Organisation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toChoice(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.collective().getId();
    }

    private String showForm(CollectiveTask task, Model model) {
        task.addTo(model);
        model.addAttribute("consultants", collectives.consultants());
        return "collective/consultant";
    }
}
