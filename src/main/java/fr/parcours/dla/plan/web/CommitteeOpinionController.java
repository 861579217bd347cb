package fr.parcours.dla.plan.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;

import fr.parcours.dla.plan.PlanService;
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

/** Comité d'appui: the officer records its (consultative) opinion and may go back to amend the plan. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + CommitteeOpinionController.FORM)
class CommitteeOpinionController {

    static final String FORM = "committee-opinion";

    private final AccompanimentTasks tasks;
    private final PlanService plans;

    CommitteeOpinionController(AccompanimentTasks tasks, PlanService plans) {
        this.tasks = tasks;
        this.plans = plans;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new CommitteeOpinionFormData());
        return showForm(tasks.open(taskId, TASK_RECORD_COMMITTEE_OPINION, authentication.getName()), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") CommitteeOpinionFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        AccompanimentTask caseTask = tasks.open(taskId, TASK_RECORD_COMMITTEE_OPINION, authentication.getName());
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
        model.addAttribute("plan", plans.summaryOf(caseTask.accompaniment().getId()));
        return "dla/plan/committee-opinion";
    }
}
