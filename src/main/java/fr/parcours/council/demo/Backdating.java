package fr.parcours.council.demo;

import fr.parcours.council.activity.ActivityKind;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves what the services stamped with today to the day the demo's story gives it: a cycle's start and end, and
 * the activity of the cycle steps that have no day of their own (preparation, follow-up, report).
 */
@Component
class Backdating {

    /** A cycle's days; {@code null} for what has not happened yet. */
    record CycleDays(LocalDate started, LocalDate prepared, LocalDate followedUp, LocalDate reported) {
    }

    private static final LocalTime OFFICE_HOURS = LocalTime.of(17, 0);

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    Backdating(JdbcTemplate jdbc, EntityManager entityManager, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void cycle(long cycleId, CycleDays days) {
        // The cycle's rows must be written before SQL moves them, and no stale copy may be written over them later.
        entityManager.flush();
        entityManager.clear();
        jdbc.update("update council_cycle set started_at = ?, ended_at = ? where id = ?", at(days.started()),
                at(days.reported()), cycleId);
        step(cycleId, ActivityKind.MEETING_PREPARATION, days.prepared());
        step(cycleId, ActivityKind.ACTION_FOLLOW_UP, days.followedUp());
        step(cycleId, ActivityKind.CYCLE_REPORT, days.reported());
    }

    private void step(long cycleId, ActivityKind kind, LocalDate day) {
        if (day != null) {
            jdbc.update("update council_activity set performed_on = ? where cycle_id = ? and kind = ?", day, cycleId,
                    kind.name());
        }
    }

    private Timestamp at(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atTime(OFFICE_HOURS).atZone(clock.getZone()).toInstant());
    }
}
