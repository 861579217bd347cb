package fr.parcours.notification;

import fr.parcours.casework.StepNames;
import fr.parcours.identity.EngineRights;
import fr.parcours.tasklist.CaseSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The daily digest: to each person who wants mails, their tasks that are overdue or due within
 * {@code parcours.notification.due-soon-days} (as their task list shows them: assigned to them, or unclaimed in
 * their groups) and, for those who chose the digest over immediate mails, the tasks that reached them in the last
 * day. Nothing is sent to a person with nothing to read.
 */
@Component
class DailyDigest {

    private final Recipients recipients;
    private final TaskService taskService;
    private final EngineRights engineRights;
    private final TaskMails taskMails;
    private final MailComposer composer;
    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;
    private final StepNames stepNames;

    DailyDigest(Recipients recipients, TaskService taskService, EngineRights engineRights, TaskMails taskMails,
                MailComposer composer, Outbox outbox, NotificationProperties properties, Clock clock,
                StepNames stepNames) {
        this.recipients = recipients;
        this.taskService = taskService;
        this.engineRights = engineRights;
        this.taskMails = taskMails;
        this.composer = composer;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.stepNames = stepNames;
    }

    /** Writes the digests of {@code day} to the outbox; returns how many. */
    int write(LocalDate day) {
        Instant now = clock.instant();
        Date dueLimit = Date.from(now.plus(Duration.ofDays(properties.dueSoonDays())));
        Date newSince = Date.from(now.minus(Duration.ofDays(1)));
        int written = 0;
        for (Recipient recipient : recipients.reachable(recipients.everyone(),
                EnumSet.of(Frequency.IMMEDIATE, Frequency.DAILY_DIGEST))) {
            List<String> groups = recipients.groupsOf(recipient.userId());
            List<Task> deadlines = tasksOf(recipient.userId(), groups, dueLimit, null);
            boolean digestOnly = recipient.frequency() == Frequency.DAILY_DIGEST;
            List<Task> fresh = digestOnly ? tasksOf(recipient.userId(), groups, null, newSince) : List.of();
            if (deadlines.isEmpty() && fresh.isEmpty()) {
                continue;
            }
            outbox.addRendered(MailKind.DIGEST, recipient, render(recipient.locale(), day, now, deadlines, fresh), null);
            written++;
        }
        return written;
    }

    private RenderedMail render(Locale locale, LocalDate day, Instant now, List<Task> deadlines, List<Task> fresh) {
        Map<String, CaseSummary> cases = taskMails.casesOf(Stream.concat(deadlines.stream(), fresh.stream())
                .map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        List<TaskLine> overdue = new ArrayList<>();
        List<TaskLine> dueSoon = new ArrayList<>();
        for (Task task : deadlines) {
            TaskLine line = line(task, cases, locale, now);
            (task.getDueDate().toInstant().isBefore(now) ? overdue : dueSoon).add(line);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("overdue", overdue);
        variables.put("dueSoon", dueSoon);
        variables.put("fresh", fresh.stream().map(task -> line(task, cases, locale, now)).toList());
        variables.put("dueSoonDays", properties.dueSoonDays());
        variables.put("tasksLink", properties.link("/"));
        variables.put("preferencesLink", properties.link("/profile/notifications"));
        String date = MailComposer.date(day.atStartOfDay(MailComposer.ZONE).toInstant(), locale);
        return composer.render("digest", locale, "notification.mail.digest.subject",
                new Object[] {date, overdue.size(), dueSoon.size()}, variables);
    }

    TaskLine line(Task task, Map<String, CaseSummary> cases, Locale locale, Instant now) {
        CaseSummary summary = cases.get(task.getProcessInstanceId());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        long late = due == null || !due.isBefore(now) ? 0 : Duration.between(due, now).toDays();
        return new TaskLine(task.getId(), stepNames.task(task, locale),
                summary == null ? null : summary.organisationName(), MailComposer.date(due, locale), late,
                taskMails.taskLink(task.getId()));
    }

    /** Active tasks assigned to the person or unclaimed in their groups, due before a limit or created since. */
    private List<Task> tasksOf(String userId, List<String> groups, Date dueBefore, Date createdAfter) {
        List<Task> tasks = new ArrayList<>(engineRights.withoutUserChecks(() -> {
            var query = taskService.createTaskQuery().active().taskAssignee(userId);
            return restrict(query, dueBefore, createdAfter).list();
        }));
        if (!groups.isEmpty()) {
            tasks.addAll(engineRights.withoutUserChecks(() -> {
                var query = taskService.createTaskQuery().active().taskCandidateGroupIn(groups).taskUnassigned();
                return restrict(query, dueBefore, createdAfter).list();
            }));
        }
        Set<String> seen = new java.util.HashSet<>();
        return tasks.stream().filter(task -> seen.add(task.getId()))
                .sorted(java.util.Comparator.comparing(Task::getDueDate, java.util.Comparator.nullsLast(Date::compareTo)))
                .toList();
    }

    private static org.camunda.bpm.engine.task.TaskQuery restrict(org.camunda.bpm.engine.task.TaskQuery query,
                                                                 Date dueBefore, Date createdAfter) {
        if (dueBefore != null) {
            query.dueBefore(dueBefore);
        }
        if (createdAfter != null) {
            query.taskCreatedAfter(createdAfter);
        }
        return query;
    }
}
