package fr.parcours.tasklist;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each feature: describes its cases by process instance id from the app's own tables,
 * so task lists show business data without users needing read rights on every process instance.
 */
public interface CaseDirectory {

    Map<String, CaseSummary> describe(Collection<String> processInstanceIds);
}
