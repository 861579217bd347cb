package fr.parcours.tasklist;

import java.time.Instant;

/**
 * One line of a task list: what to do, for which case and which part of it ({@code subject}, e.g. one structure
 * of a collective; null when the task concerns the whole case), by when, and who holds it. {@code dueSoon} marks
 * a task due within {@link TaskListService#DUE_SOON} that is not overdue yet.
 */
public record OpenTask(String id, String name, String processKey, CaseSummary caseSummary, String subject,
                       String assignee, Instant created, Instant due, boolean overdue, boolean dueSoon) {
}
