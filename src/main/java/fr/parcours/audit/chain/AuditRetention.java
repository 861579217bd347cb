package fr.parcours.audit.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the audit trail must be kept (parcours.audit.retention, set by law and the funders' rules).
 * Nothing is deleted on a schedule: an administrator applies it with {@code --parcours.audit.purge}
 * ({@link AuditPurge}); the verification page shows how many records have passed it.
 */
@Component
public class AuditRetention {

    private final Period period;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AuditRetention(@Value("${parcours.audit.retention:P10Y}") String period, Clock clock, JdbcTemplate jdbc) {
        this.period = Period.parse(period);
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Period period() {
        return period;
    }

    /** Records that occurred before this instant have been kept for the whole retention period. */
    public Instant cutoff() {
        return cutoff(clock.instant());
    }

    Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    @Transactional(readOnly = true)
    public long recordsPastRetention() {
        return jdbc.queryForObject("select count(*) from audit_record where occurred_at < ?", Long.class,
                cutoff().atOffset(ZoneOffset.UTC));
    }
}
