package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_EVALUATE_END;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HANDLE_LATENESS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_FOLLOW_UP;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import jakarta.validation.Valid;
import java.util.Set;
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

/** The written steps of a collective: one text each, with a help text of its own. */
@Controller
@RequestMapping("/collective/tasks/{taskId}/note")
class NoteController {

    private static final Set<String> STEPS =
            Set.of(TASK_WRITE_SPECIFICATIONS, TASK_EVALUATE_END, TASK_RECORD_FOLLOW_UP, TASK_HANDLE_LATENESS);

    private final CaseTasks tasks;
    private final CollectiveCases cases;

    NoteController(CaseTasks tasks, CollectiveCases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new NoteFormData());
        return showForm(tasks.openOneOf(taskId, STEPS, authentication.getName(), cases), model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") NoteFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.openOneOf(taskId, STEPS, authentication.getName(), cases);
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task.task(), authentication.getName(), form.toNote(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.root().getId();
    }

    private String showForm(CaseTask<CollectiveAccompaniment> task, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("collective", task.root());
        model.addAttribute("step", task.task().getTaskDefinitionKey());
        return "collective/note";
    }
}
