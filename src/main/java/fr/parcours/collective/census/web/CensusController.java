package fr.parcours.collective.census.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;

import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.web.CollectiveTask;
import fr.parcours.collective.web.CollectiveTasks;
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

    private final CollectiveTasks tasks;
    private final CollectiveService collectives;

    CensusController(CollectiveTasks tasks, CollectiveService collectives) {
        this.tasks = tasks;
        this.collectives = collectives;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CollectiveTask task = tasks.open(taskId, TASK_RECORD_CENSUS, authentication.getName());
        model.addAttribute("form", CensusFormData.of(eligible(task)));
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") CensusFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveTask task = tasks.open(taskId, TASK_RECORD_CENSUS, authentication.getName());
        form.validate(errors, eligible(task).stream().map(Organisation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toReport(authentication.getName()));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + task.collective().getId();
    }

    /** The lines follow the posted organisation ids, so a redisplayed form names each line's own structure. */
    private String showForm(CollectiveTask task, Model model) {
        task.addTo(model);
        model.addAttribute("structures", eligible(task).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity())));
        return "collective/census";
    }

    private List<Organisation> eligible(CollectiveTask task) {
        return collectives.eligibleStructures(task.collective());
    }
}
