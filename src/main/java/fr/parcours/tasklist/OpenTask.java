package fr.parcours.tasklist;

import java.time.Instant;

/** One line of a task list: what to do, for which case, by when, and who holds it. */
public record OpenTask(String id, String name, String processKey, CaseSummary caseSummary, String assignee,
                       Instant created, Instant due, boolean overdue) {
}
