package fr.parcours.tasklist.web;

import fr.parcours.tasklist.TaskClaims;
import fr.parcours.tasklist.TaskForms;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a task from any list (finds the feature's form for it), claims and releases tasks. Whatever a
 * colleague did meanwhile, the user lands back on the list with a message saying what happened.
 */
@Controller
class TaskController {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final List<TaskForms> forms;
    private final TaskClaims claims;

    TaskController(TaskService taskService, RepositoryService repositoryService, List<TaskForms> forms,
                   TaskClaims claims) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.forms = forms;
        this.claims = claims;
    }

    @GetMapping("/tasks/{taskId}")
    String open(@PathVariable String taskId, RedirectAttributes redirect) {
        // The engine query runs as the user: a task they may not see is as absent as a finished one.
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            redirect.addFlashAttribute("warning", "task.gone");
            return "redirect:/";
        }
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Optional<String> path = forms.stream()
                .map(form -> form.formPath(processKey, task.getTaskDefinitionKey(), taskId))
                .flatMap(Optional::stream)
                .findFirst();
        if (path.isEmpty()) {
            redirect.addFlashAttribute("warning", "task.no-form");
            return "redirect:/";
        }
        return "redirect:" + path.get();
    }

    /** The list's tab and filters come along as hidden fields, so the user lands back where they were. */
    /** Taking a task is to work on it: its form opens; any other outcome goes back to the list, saying why. */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @ModelAttribute("filters") TaskListFormData filters,
                 BindingResult ignoredErrors, Authentication authentication, RedirectAttributes redirect) {
        TaskClaims.Outcome outcome = claims.claim(taskId, authentication.getName());
        if (outcome == TaskClaims.Outcome.CLAIMED) {
            return "redirect:/tasks/" + taskId;
        }
        return backToList(outcome, filters, redirect);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @ModelAttribute("filters") TaskListFormData filters,
                   BindingResult ignoredErrors, Authentication authentication, RedirectAttributes redirect) {
        return backToList(claims.unclaim(taskId, authentication.getName()), filters, redirect);
    }

    private String backToList(TaskClaims.Outcome outcome, TaskListFormData filters, RedirectAttributes redirect) {
        switch (outcome) {
            case CLAIMED -> redirect.addFlashAttribute("success", "tasklist.claimed");
            case UNCLAIMED -> redirect.addFlashAttribute("success", "tasklist.unclaimed");
            case TAKEN_BY_SOMEONE_ELSE -> redirect.addFlashAttribute("warning", "tasklist.taken");
            case NOT_YOURS -> redirect.addFlashAttribute("warning", "tasklist.not-yours");
            case NOT_ALLOWED -> redirect.addFlashAttribute("warning", "tasklist.not-allowed");
            case GONE -> redirect.addFlashAttribute("warning", "task.gone");
        }
        return "redirect:" + filters.currentLink();
    }
}
