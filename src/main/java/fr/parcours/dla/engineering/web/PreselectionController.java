package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.Organisation;
import fr.parcours.selection.web.PreselectionFormData;
import fr.parcours.casework.CaseTasks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer preselects 3 to 4 consultants, who are invited to send a proposal: firms of the prestataire pool
 * covering the structure's region, optionally narrowed to one domain of competence.
 */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + SelectionTaskForms.PRESELECTION)
class PreselectionController {

    private static final String VIEW = "dla/engineering/preselection";

    private final SelectionTasks selectionTasks;
    private final CaseTasks tasks;
    private final ConsultantSelectionService selection;

    PreselectionController(SelectionTasks selectionTasks, CaseTasks tasks, ConsultantSelectionService selection) {
        this.selectionTasks = selectionTasks;
        this.tasks = tasks;
        this.selection = selection;
    }

    @GetMapping
    String show(@PathVariable String taskId, @RequestParam(required = false) CompetenceDomain domain,
                Authentication authentication, Model model) {
        showForm(taskId, domain, authentication, model);
        model.addAttribute("form", new PreselectionFormData());
        return VIEW;
    }

    @PostMapping
    String submit(@PathVariable String taskId, @RequestParam(required = false) CompetenceDomain domain,
                  @ModelAttribute("form") PreselectionFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        long accompanimentId = showForm(taskId, domain, authentication, model);
        if (!errors.hasErrors()) {
            // Any firm of the region's pool: the domain only narrows the list shown.
            form.validate(selection.consultants(accompanimentId, null).stream().map(Organisation::getId)
                    .collect(Collectors.toSet()), errors);
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(taskId, TASK_PRESELECT_CONSULTANTS, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toPreselection(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    /** Shows the task and the pool's firms for its case; returns the case's id. */
    private long showForm(String taskId, CompetenceDomain domain, Authentication authentication, Model model) {
        long accompanimentId = selectionTasks.show(taskId, TASK_PRESELECT_CONSULTANTS, authentication.getName(), model)
                .accompaniment().getId();
        List<Organisation> consultants = selection.consultants(accompanimentId, domain);
        model.addAttribute("consultants", consultants);
        model.addAttribute("domains", CompetenceDomain.values());
        model.addAttribute("domain", domain);
        return accompanimentId;
    }
}
