package fr.parcours.notification;

import fr.parcours.casework.StepNames;
import fr.parcours.identity.EngineRights;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Listens to the engine's task events through the Spring event bridge of the Camunda starter
 * ({@code camunda.bpm.eventing.task}, on by default), synchronously in the step's transaction: a task created or
 * assigned writes one outbox row per person to tell. The person who acts (claims a task, completes the step that
 * creates the next one for their own group) is not told what they just did.
 */
@Component
class TaskNotifications {

    private static final Set<Frequency> AT_ONCE = EnumSet.of(Frequency.IMMEDIATE);

    private final Recipients recipients;
    private final Outbox outbox;
    private final EngineRights engineRights;
    private final StepNames stepNames;

    TaskNotifications(Recipients recipients, Outbox outbox, EngineRights engineRights, StepNames stepNames) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.engineRights = engineRights;
        this.stepNames = stepNames;
    }

    @EventListener(condition = "#task.eventName == 'create' || #task.eventName == 'assignment'")
    public void onTaskEvent(DelegateTask task) {
        String actor = actor();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor)) {
                tell(MailKind.TASK_ASSIGNED, List.of(task.getAssignee()), task, facts(task, null));
            }
        } else if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            for (IdentityLink candidate : task.getCandidates()) {
                if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
                    continue;
                }
                Set<String> people = new LinkedHashSet<>();
                if (candidate.getGroupId() != null) {
                    people.addAll(recipients.membersOf(List.of(candidate.getGroupId())));
                } else if (candidate.getUserId() != null) {
                    people.add(candidate.getUserId());
                }
                people.remove(actor);
                tell(MailKind.TASK_ARRIVED, people, task, facts(task, candidate.getGroupId()));
            }
        }
    }

    /** One outbox row per reachable person, the task named in the person's language. */
    private void tell(MailKind kind, java.util.Collection<String> people, DelegateTask task, TaskFacts facts) {
        String processKey = StepNames.processKeyOf(task.getProcessDefinitionId());
        recipients.reachable(people, AT_ONCE).forEach(recipient -> outbox.addTaskMail(kind, recipient,
                facts.named(stepNames.name(processKey, facts.definitionKey(), facts.name(), recipient.locale()))));
    }

    private String actor() {
        // The engine's user (a request's, or whom the app runs a step as), else the request's; none for the
        // engine's own jobs (timers), where nobody acts.
        String engineUser = engineRights.currentUserId();
        if (engineUser != null) {
            return engineUser;
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current == null ? null : current.getName();
    }

    private static TaskFacts facts(DelegateTask task, String groupId) {
        return new TaskFacts(task.getId(), Objects.toString(task.getName(), task.getTaskDefinitionKey()),
                task.getTaskDefinitionKey(), task.getProcessInstanceId(), groupId, Outbox.instant(task.getDueDate()));
    }
}
