package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;

import fr.parcours.dla.AccompanimentFitAdvisor;
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

/** The accueil task: the officer accepts the structure for a diagnostic or refers it elsewhere. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/intake-review")
class IntakeReviewController {

    private final AccompanimentTasks caseTasks;
    private final AccompanimentFitAdvisor fitAdvisor;

    IntakeReviewController(AccompanimentTasks caseTasks, AccompanimentFitAdvisor fitAdvisor) {
        this.caseTasks = caseTasks;
        this.fitAdvisor = fitAdvisor;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new IntakeReviewFormData());
        return showForm(caseTasks.open(taskId, TASK_REVIEW_REQUEST, authentication.getName()), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") IntakeReviewFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        AccompanimentTask caseTask = caseTasks.open(taskId, TASK_REVIEW_REQUEST, authentication.getName());
        form.validateReferral(errors);
        if (errors.hasErrors()) {
            return showForm(caseTask, model);
        }
        caseTasks.complete(caseTask, authentication.getName(), form.toDecision(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private String showForm(AccompanimentTask caseTask, Model model) {
        caseTask.addTo(model);
        // A hint only: the officer decides, and may go against it.
        model.addAttribute("fit", fitAdvisor.suggest(caseTask.accompaniment().getOrganisation()));
        return "dla/intake-review";
    }
}
