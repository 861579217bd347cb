package fr.parcours.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each feature: describes its cases by process instance id from the app's own tables,
 * so task lists show business data without users needing read rights on every process instance.
 */
public interface CaseDirectory {

    Map<String, CaseSummary> describe(Collection<String> processInstanceIds);

    /** The phases a task list may filter this feature's cases on; values must be unique across features. */
    default List<PhaseOption> phases() {
        return List.of();
    }

    /**
     * Process instance ids of this feature's cases that match the filter and lie within the user's scope,
     * newest cases first, at most {@code limit} of them. One query, whatever the number of cases.
     */
    default List<String> matching(CaseFilter filter, String userId, int limit) {
        return List.of();
    }

    /**
     * For a task repeated within one case (one per structure of a collective, one per axis of a plan…): the
     * variable that says which one this task is about, visible from the task's execution. Empty for a task that
     * concerns its whole case.
     */
    default Optional<String> subjectVariable(String processKey, String taskDefinitionKey) {
        return Optional.empty();
    }

    /** What each value of a {@link #subjectVariable subject variable} designates, e.g. "Structure : PAJE". */
    default Map<Object, String> subjects(String variableName, Collection<Object> values) {
        return Map.of();
    }

    /** The case behind a process instance of this feature, as the audit trail names it; empty if not this feature's. */
    default Optional<CaseRef> caseOf(String processInstanceId) {
        return Optional.empty();
    }
}
