package fr.parcours.collective.sessions.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.firm.web.FirmController;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.identity.Scopes;
import jakarta.validation.Valid;
import java.util.List;
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

/**
 * The session task: one collective session with its attendance; the next one follows if asked. Held by the
 * region's coordinators or by the people of the consultant firm chosen for the collective.
 */
@Controller
@RequestMapping("/collective/tasks/{taskId}/session")
class SessionController {

    private final CaseTasks tasks;
    private final CollectiveCases cases;
    private final CollectiveService collectives;
    private final Scopes scopes;

    SessionController(CaseTasks tasks, CollectiveCases cases, CollectiveService collectives, Scopes scopes) {
        this.tasks = tasks;
        this.cases = cases;
        this.collectives = collectives;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new SessionFormData());
        return showForm(tasks.open(taskId, TASK_HOLD_SESSION, authentication.getName(), cases), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") SessionFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.open(taskId, TASK_HOLD_SESSION, authentication.getName(), cases);
        form.validate(errors, task.root().getMeetingDate(),
                participating(task).stream().map(Participation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task.task(), authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        if (scopes.of(authentication.getName()).getOrganisationId() != null) {
            return "redirect:" + FirmController.PATH + "/" + task.root().getId();
        }
        return "redirect:/collective/" + task.root().getId();
    }

    private String showForm(CaseTask<CollectiveAccompaniment> task, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("collective", task.root());
        model.addAttribute("participating", participating(task));
        return "collective/session";
    }

    private List<Participation> participating(CaseTask<CollectiveAccompaniment> task) {
        return collectives.participations(task.root().getId()).stream().filter(Participation::isActive).toList();
    }
}
