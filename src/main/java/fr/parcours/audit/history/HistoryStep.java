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

    /** Message key of the duration's two most significant units: audit.duration.days, .hours, .minutes or .seconds. */
    public String durationKey() {
        Duration duration = duration();
        String unit = duration.toDays() > 0 ? "days" : duration.toHours() > 0 ? "hours"
                : duration.toMinutes() > 0 ? "minutes" : "seconds";
        return "audit.duration." + unit;
    }
}
