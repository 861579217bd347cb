package fr.parcours.tasklist;

import fr.parcours.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Reads a user's open tasks from the engine: those assigned to them and the unclaimed tasks of their
 * groups. Runs as the request's user, so the engine's authorizations filter the result too.
 */
@Service
public class TaskListService {

    private final TaskService taskService;
    private final List<CaseDirectory> directories;
    private final RepositoryService repositoryService;
    private final Clock clock;

    TaskListService(TaskService taskService, List<CaseDirectory> directories, RepositoryService repositoryService,
                    Clock clock) {
        this.taskService = taskService;
        this.directories = directories;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    public List<OpenTask> openTasks(CurrentUser user, int firstResult, int maxResults) {
        List<Task> tasks = query(user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(firstResult, maxResults);
        Map<String, CaseSummary> cases = caseSummaries(tasks);
        Map<String, String> processKeys = processKeys(tasks);
        Instant now = clock.instant();
        return tasks.stream().map(task -> new OpenTask(
                task.getId(), task.getName(),
                processKeys.get(task.getProcessDefinitionId()),
                cases.get(task.getProcessInstanceId()),
                task.getAssignee(),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now)))
                .toList();
    }

    public long countOpenTasks(CurrentUser user) {
        return query(user).count();
    }

    private TaskQuery query(CurrentUser user) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (user.groupIds().isEmpty()) {
            return query.taskAssignee(user.id());
        }
        return query.or().taskAssignee(user.id()).taskCandidateGroupIn(user.groupIds()).endOr();
    }

    private Map<String, CaseSummary> caseSummaries(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, CaseSummary> summaries = new HashMap<>();
        directories.forEach(directory -> summaries.putAll(directory.describe(ids)));
        return summaries;
    }

    private Map<String, String> processKeys(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey, (a, b) -> a));
    }
}
