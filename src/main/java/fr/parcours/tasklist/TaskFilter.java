package fr.parcours.tasklist;

import java.time.LocalDate;

/** What the user narrows the task list to: case data, and tasks due on or before a day. Null means "any". */
public record TaskFilter(CaseFilter caseFilter, LocalDate dueOnOrBefore) {

    public static TaskFilter none() {
        return new TaskFilter(new CaseFilter(null, null), null);
    }
}
