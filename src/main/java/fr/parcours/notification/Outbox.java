package fr.parcours.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox table. Writers join the caller's transaction, so a mail exists only if its step commits; the
 * sender claims due rows with {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same row.
 */
@Repository
class Outbox {

    static final int MAX_ERROR = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A task mail, rendered when sent; a second one for the same task, kind and person is ignored. */
    void addTaskMail(MailKind kind, Recipient recipient, TaskFacts task) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into mail_outbox (kind, recipient_user_id, recipient_address, locale, task_id, task_name,
                                         process_instance_id, group_id, due_at, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, task_id, recipient_user_id) where task_id is not null do nothing""",
                kind.name(), recipient.userId(), recipient.address(), recipient.locale().getLanguage(), task.taskId(),
                MailHeaders.truncate(task.name(), 255), task.processInstanceId(), task.groupId(), timestamp(task.due()),
                now, now);
    }

    /** A mail rendered now (digest, escalation). */
    void addRendered(MailKind kind, Recipient recipient, RenderedMail mail, String taskId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into mail_outbox (kind, recipient_user_id, recipient_address, locale, task_id, subject,
                                         text_body, html_body, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                kind.name(), recipient.userId(), recipient.address(), recipient.locale().getLanguage(), taskId,
                mail.subject(), mail.text(), mail.html(), now, now);
    }

    /** Due pending rows, locked until the caller's transaction ends; rows another node holds are skipped. */
    List<PendingMail> claimDue(int limit) {
        return jdbc.query("""
                select id, kind, recipient_user_id, recipient_address, locale, task_id, task_name, process_instance_id,
                       group_id, due_at, subject, text_body, html_body, attempts
                  from mail_outbox
                 where status = 'PENDING' and next_attempt_at <= ?
                 order by next_attempt_at, id
                 limit ?
                   for update skip locked""",
                (rs, row) -> pending(rs), Timestamp.from(clock.instant()), limit);
    }

    void markSent(long id, RenderedMail mail) {
        jdbc.update("""
                update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,
                       subject = ?, text_body = ?, html_body = ? where id = ?""",
                Timestamp.from(clock.instant()), mail.subject(), mail.text(), mail.html(), id);
    }

    void markRetry(long id, String error, Instant next) {
        jdbc.update("update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                MailHeaders.truncate(error, MAX_ERROR), Timestamp.from(next), id);
    }

    void markFailed(long id, String error) {
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?",
                MailHeaders.truncate(error, MAX_ERROR), id);
    }

    List<OutboxEntry> recent(int limit) {
        return jdbc.query("""
                select o.id, o.kind, o.recipient_user_id, o.recipient_address, o.subject, o.text_body, o.status,
                       o.attempts, o.next_attempt_at, o.last_error, o.created_at, o.sent_at, f.address is not null
                  from mail_outbox o left join mail_address_flag f on f.address = o.recipient_address
                 order by o.created_at desc, o.id desc
                 limit ?""",
                (rs, row) -> new OutboxEntry(rs.getLong(1), MailKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), MailStatus.valueOf(rs.getString(7)),
                        rs.getInt(8), instant(rs.getTimestamp(9)), rs.getString(10), instant(rs.getTimestamp(11)),
                        instant(rs.getTimestamp(12)), rs.getBoolean(13)),
                limit);
    }

    Map<MailStatus, Long> counts() {
        return jdbc.query("select status, count(*) from mail_outbox group by status",
                        (rs, row) -> Map.entry(MailStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static PendingMail pending(ResultSet rs) throws SQLException {
        TaskFacts task = rs.getString(6) == null ? null : new TaskFacts(rs.getString(6), rs.getString(7),
                null, rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)));
        RenderedMail rendered = rs.getString(11) == null ? null
                : new RenderedMail(rs.getString(11), rs.getString(12), rs.getString(13));
        return new PendingMail(rs.getLong(1), MailKind.valueOf(rs.getString(2)),
                new Recipient(rs.getString(3), rs.getString(4), null, java.util.Locale.forLanguageTag(rs.getString(5)), null),
                task, rendered, rs.getInt(14));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A claimed row: a task mail still to render, or a mail rendered when written. */
    record PendingMail(long id, MailKind kind, Recipient recipient, TaskFacts task, RenderedMail rendered,
                       int attempts) {
    }
}
