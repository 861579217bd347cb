package fr.parcours.tasklist;

import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.TaskGrants;
import fr.parcours.identity.UserNames;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands tasks to a colleague of the same scope: someone in one of the task's candidate groups, which are
 * territorial (the officers of a department, the coordinators of a region), so the colleague could have taken
 * the task themselves. Each hand-over is one transaction with its audit record on the task's case.
 */
@Service
public class TaskHandOver {

    public enum Outcome {
        HANDED_OVER, NOT_YOURS, OUT_OF_SCOPE, GONE
    }

    /** A person tasks may be handed to. */
    public record Colleague(String id, String name) {
    }

    private final TaskService taskService;
    private final IdentityService identityService;
    private final EngineRights engineRights;
    private final TaskGrants grants;
    private final List<CaseDirectory> directories;
    private final UserNames userNames;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskHandOver(TaskService taskService, IdentityService identityService, EngineRights engineRights,
                 TaskGrants grants, List<CaseDirectory> directories, UserNames userNames,
                 ApplicationEventPublisher events, Clock clock) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.engineRights = engineRights;
        this.grants = grants;
        this.directories = directories;
        this.userNames = userNames;
        this.events = events;
        this.clock = clock;
    }

    /** The other members of the user's territorial groups (not the role-wide ones), by name. */
    public List<Colleague> colleaguesOf(CurrentUser user) {
        List<String> territorial = user.groupIds().stream().filter(group -> !Groups.ALL.contains(group)).toList();
        if (territorial.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>();
        engineRights.withoutUserChecks(() -> {
            territorial.forEach(group -> identityService.createUserQuery().memberOfGroup(group).list().stream()
                    .map(User::getId).forEach(ids::add));
            return null;
        });
        ids.remove(user.id());
        Map<String, String> names = userNames.of(ids);
        return ids.stream().map(id -> new Colleague(id, names.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Colleague::name)).toList();
    }

    /**
     * Gives the task to the colleague if the user may see it and nobody else holds it, and if the colleague is
     * one of its candidates. The user's own grant on it goes with it.
     */
    @Transactional
    public Outcome handOver(String taskId, String colleagueId, CurrentUser user) {
        // The query runs as the user: a task they may not see is as absent as a finished one.
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            return Outcome.GONE;
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            return Outcome.NOT_YOURS;
        }
        if (colleagueId.equals(user.id()) || !engineRights.isMemberOfAny(colleagueId, candidateGroups(taskId))) {
            return Outcome.OUT_OF_SCOPE;
        }
        engineRights.withoutUserChecks(() -> {
            taskService.setAssignee(taskId, colleagueId);
            return null;
        });
        if (user.id().equals(task.getAssignee())) {
            grants.revoke(taskId, user.id());
        }
        CaseRef ref = directories.stream().map(directory -> directory.caseOf(task.getProcessInstanceId()))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("No case for process instance " + task.getProcessInstanceId()));
        events.publishEvent(new CaseEvent(ref.caseType(), ref.caseId(), "task-handed-over", user.id(), clock.instant(),
                task.getTaskDefinitionKey() + " → " + colleagueId));
        return Outcome.HANDED_OVER;
    }

    private List<String> candidateGroups(String taskId) {
        List<IdentityLink> links = engineRights.withoutUserChecks(() -> taskService.getIdentityLinksForTask(taskId));
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }
}
