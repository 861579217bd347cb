package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;

import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.web.AccompanimentTask;
import fr.parcours.dla.web.AccompanimentTasks;
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

/** Diagnostic partagé: the officer records one interview held with the structure's leaders. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + InterviewController.FORM)
class InterviewController {

    static final String FORM = "interview";

    private final AccompanimentTasks tasks;
    private final DiagnosticService diagnostics;

    InterviewController(AccompanimentTasks tasks, DiagnosticService diagnostics) {
        this.tasks = tasks;
        this.diagnostics = diagnostics;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new InterviewFormData());
        return showForm(tasks.open(taskId, TASK_HOLD_INTERVIEW, authentication.getName()), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") InterviewFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        AccompanimentTask caseTask = tasks.open(taskId, TASK_HOLD_INTERVIEW, authentication.getName());
        form.validateDates(errors, caseTask);
        if (errors.hasErrors()) {
            return showForm(caseTask, model);
        }
        tasks.complete(caseTask, authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private String showForm(AccompanimentTask caseTask, Model model) {
        caseTask.addTo(model);
        model.addAttribute("interviews", diagnostics.summaryOf(caseTask.accompaniment().getId()).interviews());
        return "dla/diagnostic/interview";
    }
}
