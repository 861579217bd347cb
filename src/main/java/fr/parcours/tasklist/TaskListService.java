package fr.parcours.tasklist;

import fr.parcours.casework.StepNames;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.EngineRights;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Reads one page of a user's open tasks: one engine query for the page and one count, plus one query per
 * {@link CaseDirectory} for the page's cases (and one per directory to resolve a filter on case data).
 * <p>
 * These two queries name the user's own scope explicitly (assignee, or candidate groups among the user's
 * groups) and run without the engine's authorization join. That join is redundant here, since the engine
 * derives a task's authorizations from those same identity links, and it does not scale: with 10,000 open
 * tasks it compares every task with every task authorization (measured: about a minute on PostgreSQL,
 * whose planner underestimates the permission bit masks). Claiming, releasing and opening a task
 * still run as the user, under the engine's authorizations.
 */
@Service
public class TaskListService {

    /** A task due within this delay is flagged as due soon. */
    public static final Duration DUE_SOON = Duration.ofDays(3);
    /** Most process instance ids a case filter passes to the engine query (Camunda chunks IN lists by 1000). */
    public static final int MAX_MATCHING_CASES = 2000;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final List<CaseDirectory> directories;
    private final RepositoryService repositoryService;
    private final Clock clock;
    private final StepNames stepNames;
    // Process definition ids never change their key: no need to ask the engine twice.
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    TaskListService(TaskService taskService, RuntimeService runtimeService, EngineRights engineRights,
                    List<CaseDirectory> directories, RepositoryService repositoryService, Clock clock,
                    StepNames stepNames) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.directories = directories;
        this.repositoryService = repositoryService;
        this.clock = clock;
        this.stepNames = stepNames;
    }

    /** The phases every feature offers to filter on. */
    public List<PhaseOption> phases() {
        return directories.stream().flatMap(directory -> directory.phases().stream()).toList();
    }

    public TaskPage page(CurrentUser user, TaskView view, TaskFilter filter, int page, int pageSize) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (view == TaskView.MINE) {
            query.taskAssignee(user.id());
        } else if (user.groupIds().isEmpty()) {
            return new TaskPage(List.of(), 0, 0, 0, false);
        } else {
            query.taskCandidateGroupIn(user.groupIds()).taskUnassigned();
        }
        boolean capped = false;
        if (!filter.caseFilter().isEmpty()) {
            List<String> cases = matchingCases(filter.caseFilter(), user.id());
            if (cases.isEmpty()) {
                return new TaskPage(List.of(), 0, 0, 0, false);
            }
            capped = cases.size() > MAX_MATCHING_CASES;
            query.processInstanceIdIn(cases.stream().limit(MAX_MATCHING_CASES).toArray(String[]::new));
        }
        if (filter.taskType() != null) {
            query.processDefinitionKey(filter.taskType().processKey()).taskDefinitionKey(filter.taskType().taskKey());
        }
        if (filter.dueOnOrBefore() != null) {
            query.dueBefore(startOf(filter.dueOnOrBefore().plusDays(1)));
        }
        long total = engineRights.withoutUserChecks(query::count);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int current = Math.min(Math.max(page, 0), lastPage);
        TaskQuery ordered = query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
        List<Task> tasks = total == 0 ? List.of()
                : engineRights.withoutUserChecks(() -> ordered.listPage(current * pageSize, pageSize));
        return new TaskPage(toOpenTasks(tasks), total, current, lastPage, capped);
    }

    private List<String> matchingCases(CaseFilter filter, String userId) {
        Set<String> ids = new LinkedHashSet<>();
        directories.forEach(directory -> ids.addAll(directory.matching(filter, userId, MAX_MATCHING_CASES + 1)));
        return List.copyOf(ids);
    }

    private List<OpenTask> toOpenTasks(List<Task> tasks) {
        Map<String, CaseSummary> cases = caseSummaries(tasks);
        Map<String, String> keys = processKeys(tasks);
        Map<String, String> subjects = subjects(tasks, keys);
        Instant now = clock.instant();
        return tasks.stream().map(task -> {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            boolean overdue = due != null && due.isBefore(now);
            boolean dueSoon = due != null && !overdue && due.isBefore(now.plus(DUE_SOON));
            String processKey = keys.get(task.getProcessDefinitionId());
            return new OpenTask(task.getId(), stepNames.name(processKey, task.getTaskDefinitionKey(), task.getName()),
                    processKey,
                    cases.get(task.getProcessInstanceId()), subjects.get(task.getId()), task.getAssignee(),
                    task.getCreateTime().toInstant(),
                    due, overdue, dueSoon);
        }).toList();
    }

    /**
     * Task id → what the task is about within its case, for tasks repeated within one (one per structure, per
     * axis…). One variable read per such task, through the engine so that the variable is found in whichever
     * scope holds it; then one query per feature to name the values.
     */
    private Map<String, String> subjects(List<Task> tasks, Map<String, String> keys) {
        Map<String, String> subjects = new HashMap<>();
        for (CaseDirectory directory : directories) {
            Map<String, Object> values = new HashMap<>();
            Map<String, String> variableOf = new HashMap<>();
            for (Task task : tasks) {
                directory.subjectVariable(keys.get(task.getProcessDefinitionId()), task.getTaskDefinitionKey())
                        .ifPresent(variable -> variableOf.put(task.getId(), variable));
            }
            if (variableOf.isEmpty()) {
                continue;
            }
            engineRights.withoutUserChecks(() -> {
                tasks.stream().filter(task -> variableOf.containsKey(task.getId())).forEach(task -> {
                    Object value = runtimeService.getVariable(task.getExecutionId(), variableOf.get(task.getId()));
                    if (value != null) {
                        values.put(task.getId(), value);
                    }
                });
                return null;
            });
            Map<String, List<Object>> byVariable = values.entrySet().stream().collect(Collectors.groupingBy(
                    entry -> variableOf.get(entry.getKey()), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            byVariable.forEach((variable, variableValues) -> {
                Map<Object, String> named = directory.subjects(variable, variableValues);
                values.forEach((taskId, value) -> {
                    if (variable.equals(variableOf.get(taskId)) && named.containsKey(value)) {
                        subjects.put(taskId, named.get(value));
                    }
                });
            });
        }
        return subjects;
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private Map<String, CaseSummary> caseSummaries(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, CaseSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            directories.forEach(directory -> summaries.putAll(directory.describe(ids)));
        }
        return summaries;
    }

    private Map<String, String> processKeys(List<Task> tasks) {
        String[] unknown = tasks.stream().map(Task::getProcessDefinitionId).distinct()
                .filter(id -> !processKeys.containsKey(id)).toArray(String[]::new);
        if (unknown.length > 0) {
            repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(unknown).list()
                    .forEach(definition -> processKeys.put(definition.getId(), definition.getKey()));
        }
        return processKeys;
    }
}
