package fr.parcours.notification;

import fr.parcours.identity.EngineRights;
import fr.parcours.tasklist.CaseSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The still open tasks escalated to a person: their list "Tâches en retard". */
@Service
public class LateTasks {

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final EngineRights engineRights;
    private final DailyDigest lines;
    private final TaskMails taskMails;
    private final Clock clock;

    LateTasks(JdbcTemplate jdbc, TaskService taskService, EngineRights engineRights, DailyDigest lines,
              TaskMails taskMails, Clock clock) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.engineRights = engineRights;
        this.lines = lines;
        this.taskMails = taskMails;
        this.clock = clock;
    }

    /** Most overdue first; tasks done since their escalation are left out. */
    @Transactional(readOnly = true)
    public List<TaskLine> escalatedTo(String userId, Locale locale) {
        List<String> ids = jdbc.queryForList("select task_id from task_escalation where recipient_user_id = ?",
                String.class, userId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Task> open = engineRights.withoutUserChecks(() -> taskService.createTaskQuery().active()
                .taskIdIn(ids.toArray(String[]::new)).orderByDueDate().asc().list());
        Map<String, CaseSummary> cases = taskMails.casesOf(open.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        return open.stream().map(task -> lines.line(task, cases, locale, now)).toList();
    }

}
