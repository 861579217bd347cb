package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentFitAdvisor;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.Scopes;
import fr.parcours.tasklist.TaskCompleter;
import fr.parcours.tasklist.TaskGoneException;
import jakarta.validation.Valid;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    private final TaskCompleter tasks;
    private final TaskService taskService;
    private final AccompanimentService accompaniments;
    private final AccompanimentFitAdvisor fitAdvisor;
    private final Scopes scopes;

    IntakeReviewController(TaskCompleter tasks, TaskService taskService, AccompanimentService accompaniments,
                           AccompanimentFitAdvisor fitAdvisor, Scopes scopes) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.accompaniments = accompaniments;
        this.fitAdvisor = fitAdvisor;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new IntakeReviewFormData());
        return showForm(taskId, authentication, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") IntakeReviewFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        form.validateReferral(errors);
        if (errors.hasErrors()) {
            return showForm(taskId, authentication, model);
        }
        tasks.complete(taskId, TASK_REVIEW_REQUEST, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toDecision(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/";
    }

    private String showForm(String taskId, Authentication authentication, Model model) {
        Task task = tasks.openTask(taskId, TASK_REVIEW_REQUEST);
        long accompanimentId = (Long) taskService.getVariable(task.getId(), VAR_ACCOMPANIMENT_ID);
        Accompaniment accompaniment = accompaniments.visibleTo(accompanimentId, scopes.of(authentication.getName()));
        model.addAttribute("task", task);
        model.addAttribute("accompaniment", accompaniment);
        // A hint only: the officer decides, and may go against it.
        model.addAttribute("fit", fitAdvisor.suggest(accompaniment.getOrganisation()));
        return "dla/intake-review";
    }
}
