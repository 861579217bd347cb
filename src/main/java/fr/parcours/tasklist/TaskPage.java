package fr.parcours.tasklist;

import java.util.List;

/**
 * One page of a task list. {@code casesCapped} says that more cases matched the case filter than a page
 * query may carry ({@link TaskListService#MAX_MATCHING_CASES}): only the newest of them were searched.
 */
public record TaskPage(List<OpenTask> tasks, long total, int page, int lastPage, boolean casesCapped) {
}
