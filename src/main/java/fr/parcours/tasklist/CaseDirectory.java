package fr.parcours.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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
}
