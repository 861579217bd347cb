package fr.parcours.collective.adultesrelais.web;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.TASK_PLAN_RENEWAL;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.casework.Submissions;
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.RenewalOutcome;
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

/** Six months before an agreement ends: plan the post's renewal, its permanent job, or its end. */
@Controller
@RequestMapping("/adultes-relais/tasks/{taskId}/plan")
class RenewalPlanController {

    private static final String VIEW = "collective/adultes-relais/plan";

    private final CaseTasks tasks;
    private final AgreementTasks agreementTasks;

    RenewalPlanController(CaseTasks tasks, AgreementTasks agreementTasks) {
        this.tasks = tasks;
        this.agreementTasks = agreementTasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new RenewalPlanFormData());
        return show(open(taskId, authentication), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") RenewalPlanFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseTask<AdulteRelaisAgreement> opened = open(taskId, authentication);
        form.validate(errors, opened.root());
        if (errors.hasErrors()) {
            return show(opened, model);
        }
        tasks.complete(opened.task(), authentication.getName(),
                Map.of(Submissions.VAR_SUBMISSION, form.toPlan(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private CaseTask<AdulteRelaisAgreement> open(String taskId, Authentication authentication) {
        return tasks.open(taskId, TASK_PLAN_RENEWAL, authentication.getName(), agreementTasks);
    }

    private String show(CaseTask<AdulteRelaisAgreement> opened, Model model) {
        model.addAttribute("task", opened.task());
        model.addAttribute("agreement", opened.root());
        model.addAttribute("outcomes", RenewalOutcome.values());
        return VIEW;
    }
}
