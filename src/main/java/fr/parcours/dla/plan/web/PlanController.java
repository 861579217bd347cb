package fr.parcours.dla.plan.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;

import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.plan.PlanService;
import fr.parcours.dla.plan.Treatment;
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

/** Plan d'accompagnement: prioritised axes, one treatment each; amending it makes a new revision. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + PlanController.FORM)
class PlanController {

    static final String FORM = "plan";

    private final AccompanimentTasks tasks;
    private final PlanService plans;
    private final DiagnosticService diagnostics;

    PlanController(AccompanimentTasks tasks, PlanService plans, DiagnosticService diagnostics) {
        this.tasks = tasks;
        this.plans = plans;
        this.diagnostics = diagnostics;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        AccompanimentTask caseTask = tasks.open(taskId, TASK_DRAFT_PLAN, authentication.getName());
        model.addAttribute("form", PlanFormData.of(plans.currentAxes(caseTask.accompaniment().getId())));
        return showForm(caseTask, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") PlanFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        AccompanimentTask caseTask = tasks.open(taskId, TASK_DRAFT_PLAN, authentication.getName());
        form.validateRows(errors);
        if (errors.hasErrors()) {
            return showForm(caseTask, model);
        }
        tasks.complete(caseTask, authentication.getName(), form.toDraft(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private String showForm(AccompanimentTask caseTask, Model model) {
        caseTask.addTo(model);
        long accompanimentId = caseTask.accompaniment().getId();
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("plan", plans.summaryOf(accompanimentId));
        model.addAttribute("diagnostic", diagnostics.summaryOf(accompanimentId));
        return "dla/plan/plan";
    }
}
