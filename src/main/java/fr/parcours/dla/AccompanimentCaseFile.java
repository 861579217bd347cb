package fr.parcours.dla;

import fr.parcours.casework.StepNames;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds the open tasks of an accompaniment, and by when: the "what next" of its case file. */
@Service
public class AccompanimentCaseFile {

    /** One open task: its name, who holds it (assignee, else candidate groups), its due date. */
    public record NextTask(String name, String assignee, List<GroupLabel> candidateGroups, Instant due,
                           boolean overdue) {
    }

    /** A candidate group as people read it: a message key and its one argument. */
    public record GroupLabel(String messageKey, String argument) {
    }

    private static final String OFFICERS_PREFIX = Groups.DLA_OFFICERS + "-";
    private static final String CONSULTANTS_PREFIX = Groups.CONSULTANTS + "-";

    private final TaskService taskService;
    private final EngineRights engineRights;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final StepNames stepNames;

    AccompanimentCaseFile(TaskService taskService, EngineRights engineRights,
                          OrganisationRepository organisations, Clock clock, StepNames stepNames) {
        this.taskService = taskService;
        this.engineRights = engineRights;
        this.organisations = organisations;
        this.clock = clock;
        this.stepNames = stepNames;
    }

    /**
     * The case's open tasks, soonest due first. The caller has already checked that the viewer sees the
     * case; the engine is read without the viewer's authorizations because an officer may not read the
     * consultant's tasks of their own case, yet must know who holds them.
     */
    @Transactional(readOnly = true)
    public List<NextTask> nextTasks(Accompaniment accompaniment) {
        if (accompaniment.getProcessInstanceId() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        return engineRights.withoutUserChecks(() -> taskService.createTaskQuery()
                .processInstanceId(accompaniment.getProcessInstanceId()).active()
                .list().stream()
                .map(task -> toNextTask(task, now))
                .sorted(Comparator.comparing(NextTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private NextTask toNextTask(Task task, Instant now) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        List<GroupLabel> groups = task.getAssignee() != null ? List.of()
                : taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId)
                        .map(this::label)
                        .toList();
        return new NextTask(stepNames.task(task), task.getAssignee(), groups, due, due != null && due.isBefore(now));
    }

    private GroupLabel label(String groupId) {
        if (groupId.startsWith(OFFICERS_PREFIX)) {
            return new GroupLabel("accompaniment.holder.officers", groupId.substring(OFFICERS_PREFIX.length()));
        }
        if (groupId.startsWith(CONSULTANTS_PREFIX)) {
            String suffix = groupId.substring(CONSULTANTS_PREFIX.length());
            if (suffix.matches("\\d{1,18}")) {
                return organisations.findById(Long.valueOf(suffix))
                        .map(organisation -> new GroupLabel("accompaniment.holder.consultants", organisation.getName()))
                        .orElse(new GroupLabel("accompaniment.holder.other", groupId));
            }
        }
        return new GroupLabel("accompaniment.holder.other", groupId);
    }
}
