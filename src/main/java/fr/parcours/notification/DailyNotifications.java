package fr.parcours.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The once-a-day work, done by one node of the cluster: every node tries at 08:00 Paris time, the first to insert
 * the day's row of {@code notification_daily_run} does it in the same transaction, the others find the row and
 * do nothing (a second node waits on the row until the first commits, then skips; a rollback frees the day).
 */
@Component
class DailyNotifications {

    static final String DIGEST = "DIGEST";
    static final String ESCALATION = "ESCALATION";
    private static final Logger log = LoggerFactory.getLogger(DailyNotifications.class);

    private final JdbcTemplate jdbc;
    private final DailyDigest digest;
    private final Escalations escalations;
    private final Clock clock;
    private final Period keepSent;

    DailyNotifications(JdbcTemplate jdbc, DailyDigest digest, Escalations escalations, Clock clock,
                       NotificationProperties properties) {
        this.jdbc = jdbc;
        this.digest = digest;
        this.escalations = escalations;
        this.clock = clock;
        this.keepSent = properties.keepSent();
    }

    /** Writes the day's digests, unless a node did already; returns how many (-1: done elsewhere). */
    @Transactional
    public int digestOnce(LocalDate day) {
        if (!claim(DIGEST, day)) {
            return -1;
        }
        int written = digest.write(day);
        log.info("Daily digest of {}: {} mails", day, written);
        return written;
    }

    /** Escalates the day's late tasks, unless a node did already; returns how many people were told (-1: elsewhere). */
    @Transactional
    public int escalateOnce(LocalDate day) {
        if (!claim(ESCALATION, day)) {
            return -1;
        }
        return escalations.escalate();
    }

    /** Forgets sent mails older than {@code parcours.notification.keep-sent}; waiting and failed ones stay. */
    @Transactional
    public int forgetOldSentMails() {
        return jdbc.update("delete from mail_outbox where status = 'SENT' and sent_at < ?",
                Timestamp.from(clock.instant().minus(keepSent)));
    }

    private boolean claim(String kind, LocalDate day) {
        return jdbc.update("insert into notification_daily_run (kind, day, ran_at) values (?, ?, ?) on conflict do nothing",
                kind, Date.valueOf(day), Timestamp.from(clock.instant())) == 1;
    }
}
