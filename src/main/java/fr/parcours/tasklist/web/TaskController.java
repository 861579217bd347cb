package fr.parcours.tasklist.web;

import fr.parcours.tasklist.TaskForms;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opens a task from any list: finds the feature's form for it, or says the task is no longer open. */
@Controller
class TaskController {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final List<TaskForms> forms;

    TaskController(TaskService taskService, RepositoryService repositoryService, List<TaskForms> forms) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.forms = forms;
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
}
