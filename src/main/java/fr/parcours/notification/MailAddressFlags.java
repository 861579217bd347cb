package fr.parcours.notification;

import fr.parcours.identity.EngineRights;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Addresses the mail server refused for good (a bounce, an address it does not know): no mail is written for them
 * until the person's address changes or an administrator clears the flag. {@link #flagOf(String)} is for the
 * person's administration page.
 */
@Service
public class MailAddressFlags {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final EngineRights engineRights;
    private final Clock clock;

    MailAddressFlags(JdbcTemplate jdbc, IdentityService identityService, EngineRights engineRights, Clock clock) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.engineRights = engineRights;
        this.clock = clock;
    }

    /** The flag on this person's current address, if the mail server refused it. */
    @Transactional(readOnly = true)
    public Optional<AddressFlag> flagOf(String userId) {
        User user = engineRights.withoutUserChecks(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null || !StringUtils.hasText(user.getEmail())) {
            return Optional.empty();
        }
        return jdbc.query("select address, reason, flagged_at from mail_address_flag where address = ?",
                (rs, row) -> new AddressFlag(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                normalise(user.getEmail())).stream().findFirst();
    }

    public boolean isFlagged(String address) {
        Integer count = jdbc.queryForObject("select count(*) from mail_address_flag where address = ?", Integer.class,
                normalise(address));
        return count != null && count > 0;
    }

    /** Those of these addresses that are flagged, as stored (lower case), in one query. */
    Set<String> flaggedAmong(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select address from mail_address_flag where address = any (?)",
                String.class, (Object) addresses.stream().map(MailAddressFlags::normalise).toArray(String[]::new)));
    }

    /** Flags an address (a bounce reported by the mail server, now or later). */
    @Transactional
    public void flag(String address, String reason) {
        jdbc.update("""
                insert into mail_address_flag (address, reason, flagged_at) values (?, ?, ?)
                on conflict (address) do update set reason = excluded.reason, flagged_at = excluded.flagged_at""",
                normalise(address), MailHeaders.truncate(MailHeaders.oneLine(reason), Outbox.MAX_ERROR),
                Timestamp.from(clock.instant()));
    }

    /** Lets mails go to this address again (the person fixed their mailbox). */
    @Transactional
    public void clear(String address) {
        jdbc.update("delete from mail_address_flag where address = ?", normalise(address));
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
