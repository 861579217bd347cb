package fr.parcours.tasklist;

import java.util.Optional;
import java.util.Set;

/**
 * One kind of task: a user task of a process, e.g. the intake review of the individual DLA, with the
 * process variables its candidate groups come from (e.g. {@code officerGroup}).
 */
public record TaskType(String processKey, String taskKey, String name, Set<String> candidateGroupVariables) {

    /** How a filter names it: {@code processKey:taskKey}. */
    public String value() {
        return processKey + ":" + taskKey;
    }

    /** Reads a filter value; empty when it is not of the {@code processKey:taskKey} form. */
    static Optional<String[]> parts(String value) {
        String[] parts = value == null ? new String[0] : value.split(":", -1);
        return parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank() ? Optional.of(parts) : Optional.empty();
    }
}
