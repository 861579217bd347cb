package fr.parcours.notification;

import fr.parcours.audit.CaseEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's notification preference; a person who never chose gets {@link Preference#DEFAULT}. */
@Service
public class NotificationPreferences {

    /** Audit records about a user account carry this case type and case id 0 (as the login locks do). */
    static final String ACCOUNT = "ACCOUNT";
    static final String CHANGED = "notification-preferences-changed";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationPreferences(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preference of(String userId) {
        return jdbc.query("select frequency, locale from notification_preference where user_id = ?",
                        (rs, row) -> new Preference(Frequency.valueOf(rs.getString(1)), rs.getString(2)), userId)
                .stream().findFirst().orElse(Preference.DEFAULT);
    }

    /** The preferences of these people, the default for those who never chose. */
    Map<String, Preference> of(List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Preference> chosen = jdbc.query(
                        "select user_id, frequency, locale from notification_preference where user_id = any (?)",
                        (rs, row) -> Map.entry(rs.getString(1),
                                new Preference(Frequency.valueOf(rs.getString(2)), rs.getString(3))),
                        (Object) userIds.toArray(String[]::new))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return userIds.stream().distinct()
                .collect(Collectors.toMap(id -> id, id -> chosen.getOrDefault(id, Preference.DEFAULT)));
    }

    /** Records the person's own choice, audited (the frequency only: the language says nothing of the case). */
    @Transactional
    public void save(String userId, Preference preference) {
        jdbc.update("""
                insert into notification_preference (user_id, frequency, locale, updated_at) values (?, ?, ?, ?)
                on conflict (user_id) do update set frequency = excluded.frequency, locale = excluded.locale,
                                                    updated_at = excluded.updated_at""",
                userId, preference.frequency().name(), preference.language(), Timestamp.from(clock.instant()));
        events.publishEvent(new CaseEvent(ACCOUNT, 0, CHANGED, userId, clock.instant(),
                preference.frequency().name()));
    }
}
