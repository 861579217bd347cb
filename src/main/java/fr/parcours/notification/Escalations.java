package fr.parcours.notification;

import fr.parcours.identity.EngineRights;
import fr.parcours.tasklist.CaseSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Escalates each task overdue by {@code parcours.notification.escalation} days (per task definition key, or the
 * default) once to each of its leads ({@link EscalationRule}): a row in {@code task_escalation}, which their
 * list of late tasks reads, and a mail if they want mails.
 */
@Component
class Escalations {

    private final TaskService taskService;
    private final EngineRights engineRights;
    private final EscalationRule rule;
    private final Recipients recipients;
    private final DailyDigest digest;
    private final TaskMails taskMails;
    private final MailComposer composer;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    Escalations(TaskService taskService, EngineRights engineRights, EscalationRule rule, Recipients recipients,
                DailyDigest digest, TaskMails taskMails, MailComposer composer, Outbox outbox, JdbcTemplate jdbc,
                NotificationProperties properties, Clock clock) {
        this.taskService = taskService;
        this.engineRights = engineRights;
        this.rule = rule;
        this.recipients = recipients;
        this.digest = digest;
        this.taskMails = taskMails;
        this.composer = composer;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Escalates the tasks late enough that were not yet; returns how many people were told of a task. */
    int escalate() {
        Instant now = clock.instant();
        Instant lateSince = now.minus(Duration.ofDays(properties.escalation().fewestDays()));
        List<Task> late = engineRights.withoutUserChecks(() -> taskService.createTaskQuery().active()
                .dueBefore(java.util.Date.from(lateSince)).list());
        int told = 0;
        for (Task task : late) {
            int days = properties.escalation().daysFor(task.getTaskDefinitionKey());
            if (!task.getDueDate().toInstant().plus(Duration.ofDays(days)).isBefore(now)) {
                continue;
            }
            told += escalate(task, now);
        }
        return told;
    }

    private int escalate(Task task, Instant now) {
        List<String> groups = engineRights.withoutUserChecks(() -> taskService.getIdentityLinksForTask(task.getId()))
                .stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
        Set<String> holders = task.getAssignee() != null ? Set.of(task.getAssignee())
                : new LinkedHashSet<>(recipients.membersOf(groups));
        List<String> fresh = new ArrayList<>();
        for (String lead : rule.leadsOf(task.getProcessInstanceId(), groups, holders)) {
            int inserted = jdbc.update("""
                    insert into task_escalation (task_id, recipient_user_id, task_name, task_definition_key,
                                                 process_instance_id, due_at, escalated_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    task.getId(), lead, MailHeaders.truncate(task.getName(), 255), task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), Timestamp.from(task.getDueDate().toInstant()), Timestamp.from(now));
            if (inserted == 1) {
                fresh.add(lead);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<String, CaseSummary> cases = taskMails.casesOf(Set.of(task.getProcessInstanceId()));
        for (Recipient recipient : recipients.reachable(fresh, EnumSet.of(Frequency.IMMEDIATE, Frequency.DAILY_DIGEST))) {
            TaskLine line = digest.line(task, cases, recipient.locale(), now);
            String holderNames = String.join(", ", holders.stream().sorted().collect(Collectors.toList()));
            RenderedMail mail = composer.render("escalation", recipient.locale(),
                    line.caseName() == null ? "notification.mail.escalation.subject"
                            : "notification.mail.escalation.subject-case",
                    new Object[] {line.daysLate(), line.taskName(), line.caseName()},
                    Map.of("task", line, "holders", task.getAssignee() != null ? holderNames : "",
                            "overdueLink", properties.link("/overdue-tasks")));
            outbox.addRendered(MailKind.ESCALATION, recipient, mail, task.getId());
        }
        return fresh.size();
    }
}
