package fr.parcours.tasklist;

import fr.parcours.casework.StepNames;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * The kinds of task a task list may be narrowed to: the user tasks of the latest version of each process
 * that go to one of the user's roles (the BPMN names each task's candidate groups by a variable per role).
 */
@Service
public class TaskTypes {

    /** Role → the process variable that holds its candidate group in the BPMN files. */
    private static final Map<String, String> ROLE_VARIABLES = Map.of(
            Groups.DLA_OFFICERS, "officerGroup", Groups.CONSULTANTS, "consultantGroup",
            Groups.COORDINATORS, "coordinatorGroup", Groups.FACILITATORS, "facilitatorGroup");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_]+)\\s*}");

    private final RepositoryService repositoryService;
    private final EngineRights engineRights;
    private final StepNames stepNames;
    // A deployed process definition never changes: read each model once.
    private final Map<String, List<TaskType>> byDefinition = new ConcurrentHashMap<>();

    TaskTypes(RepositoryService repositoryService, EngineRights engineRights, StepNames stepNames) {
        this.repositoryService = repositoryService;
        this.engineRights = engineRights;
        this.stepNames = stepNames;
    }

    /** The task types of the roles among these groups (every type for an administrator), by process then name. */
    public List<TaskType> forGroups(Collection<String> groupIds) {
        boolean everything = groupIds.contains(Groups.ADMINS);
        Set<String> variables = groupIds.stream().map(ROLE_VARIABLES::get).filter(v -> v != null)
                .collect(Collectors.toSet());
        return all().stream()
                .filter(type -> everything || type.candidateGroupVariables().stream().anyMatch(variables::contains))
                .toList();
    }

    /** The type a filter value names, if it is one of the types offered to these groups. */
    public Optional<TaskType> of(String value, Collection<String> groupIds) {
        return TaskType.parts(value).flatMap(parts -> forGroups(groupIds).stream()
                .filter(type -> type.processKey().equals(parts[0]) && type.taskKey().equals(parts[1]))
                .findFirst());
    }

    private List<TaskType> all() {
        List<ProcessDefinition> latest = engineRights.withoutUserChecks(
                () -> repositoryService.createProcessDefinitionQuery().latestVersion().list());
        return latest.stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .flatMap(definition -> named(byDefinition.computeIfAbsent(definition.getId(), id -> read(definition))))
                .toList();
    }

    /** The types of one process named in the reader's language, by name. */
    private Stream<TaskType> named(List<TaskType> types) {
        return types.stream()
                .map(type -> new TaskType(type.processKey(), type.taskKey(),
                        stepNames.name(type.processKey(), type.taskKey(), type.name()), type.candidateGroupVariables()))
                .sorted(Comparator.comparing(TaskType::name));
    }

    private List<TaskType> read(ProcessDefinition definition) {
        return engineRights.withoutUserChecks(() -> repositoryService.getBpmnModelInstance(definition.getId()))
                .getModelElementsByType(UserTask.class).stream()
                .map(task -> new TaskType(definition.getKey(), task.getId(),
                        task.getName() == null ? task.getId() : task.getName(), variables(task.getCamundaCandidateGroups())))
                .sorted(Comparator.comparing(TaskType::name))
                .toList();
    }

    private static Set<String> variables(String candidateGroups) {
        if (candidateGroups == null) {
            return Set.of();
        }
        Matcher matcher = VARIABLE.matcher(candidateGroups);
        Set<String> names = new HashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return Set.copyOf(names);
    }
}
