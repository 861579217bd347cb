package fr.parcours.audit.history;

import java.time.Duration;
import java.time.Instant;

/**
 * One activity the engine ran for a case: {@code assignee} is whoever held the task, {@code completedBy}
 * whoever completed it according to the engine's user operation log (null for automatic steps).
 */
public record HistoryStep(String activityId, String name, String type, Instant start, Instant end,
                          Long durationMillis, String assignee, String completedBy, boolean canceled) {

    public boolean isActive() {
        return end == null;
    }

    /** Who did the step: the user who completed it, else the task's assignee. */
    public String who() {
        return completedBy != null ? completedBy : assignee;
    }

    public Duration duration() {
        return durationMillis == null ? null : Duration.ofMillis(durationMillis);
    }
}
