package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.engineering.ConsultantSelectionService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer preselects 3 to 4 consultants, who are invited to send a proposal. */
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
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        showForm(taskId, authentication, model);
        model.addAttribute("form", new PreselectionFormData());
        return VIEW;
    }

    @PostMapping
    String submit(@PathVariable String taskId, @ModelAttribute("form") PreselectionFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        List<Organisation> consultants = showForm(taskId, authentication, model);
        if (!errors.hasErrors()) {
            form.validate(consultants.stream().map(Organisation::getId).collect(Collectors.toSet()), errors);
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(taskId, TASK_PRESELECT_CONSULTANTS, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toPreselection(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private List<Organisation> showForm(String taskId, Authentication authentication, Model model) {
        selectionTasks.show(taskId, TASK_PRESELECT_CONSULTANTS, authentication.getName(), model);
        List<Organisation> consultants = selection.consultants();
        model.addAttribute("consultants", consultants);
        return consultants;
    }
}
