package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import fr.parcours.collective.CollectiveService;
import fr.parcours.organisation.Organisation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
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

/** The census task: the coordinator lists the region's eligible structures with the criteria checked; they are then invited. */
@Controller
@RequestMapping("/collective/tasks/{taskId}/census")
class CensusController {

    private final CaseTasks tasks;
    private final CollectiveCases cases;
    private final CollectiveService collectives;

    CensusController(CaseTasks tasks, CollectiveCases cases, CollectiveService collectives) {
        this.tasks = tasks;
        this.cases = cases;
        this.collectives = collectives;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.open(taskId, TASK_RECORD_CENSUS, authentication.getName(), cases);
        model.addAttribute("form", CensusFormData.of(eligible(task)));
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") CensusFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.open(taskId, TASK_RECORD_CENSUS, authentication.getName(), cases);
        form.validate(errors, eligible(task).stream().map(Organisation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task.task(), authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.root().getId();
    }

    /** The lines follow the posted organisation ids, so a redisplayed form names each line's own structure. */
    private String showForm(CaseTask<CollectiveAccompaniment> task, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("collective", task.root());
        model.addAttribute("structures", eligible(task).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity())));
        return "collective/census";
    }

    private List<Organisation> eligible(CaseTask<CollectiveAccompaniment> task) {
        return collectives.eligibleStructures(task.root());
    }
}
