package fr.parcours.notification;

import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Renders the mail about one task: its name, the case it belongs to (named by the feature that owns it, read
 * after the step committed), its due date and the absolute link that opens it.
 */
@Component
class TaskMails {

    private final List<CaseDirectory> directories;
    private final MailComposer composer;
    private final NotificationProperties properties;

    TaskMails(List<CaseDirectory> directories, MailComposer composer, NotificationProperties properties) {
        this.directories = directories;
        this.composer = composer;
        this.properties = properties;
    }

    RenderedMail render(MailKind kind, Locale locale, TaskFacts task) {
        CaseSummary summary = casesOf(Set.of(task.processInstanceId())).get(task.processInstanceId());
        String caseName = summary == null ? null : summary.organisationName();
        Map<String, Object> variables = new HashMap<>();
        variables.put("assigned", kind == MailKind.TASK_ASSIGNED);
        variables.put("taskName", task.name());
        variables.put("caseName", caseName);
        variables.put("reference", summary == null ? null : summary.reference());
        variables.put("due", MailComposer.date(task.due(), locale));
        variables.put("link", taskLink(task.taskId()));
        String subjectKey = "notification.mail." + (kind == MailKind.TASK_ASSIGNED ? "assigned" : "arrived")
                + (caseName == null ? ".subject" : ".subject-case");
        return composer.render("task", locale, subjectKey, new Object[] {task.name(), caseName}, variables);
    }

    String taskLink(String taskId) {
        return properties.link("/tasks/" + taskId);
    }

    /** How each feature names the cases of these process instances. */
    Map<String, CaseSummary> casesOf(Set<String> processInstanceIds) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            directories.forEach(directory -> summaries.putAll(directory.describe(processInstanceIds)));
        }
        return summaries;
    }
}
