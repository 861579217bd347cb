package fr.parcours.tasklist;

import java.time.LocalDate;

/**
 * What the user narrows the task list to: case data, one type of task, and tasks due on or before a day.
 * Null means "any".
 */
public record TaskFilter(CaseFilter caseFilter, TaskType taskType, LocalDate dueOnOrBefore) {

    public static TaskFilter none() {
        return new TaskFilter(new CaseFilter(null, null), null, null);
    }
}
