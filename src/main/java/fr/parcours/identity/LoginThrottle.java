package fr.parcours.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Token buckets of failed logins, one per client address and one per account, kept in PostgreSQL
 * ({@code login_throttle}, Bucket4j) so that every node of a cluster counts the same attempts. A failed attempt
 * takes a token from both; a successful one takes none, so only failures count. An empty bucket refuses the
 * attempt without checking the password; tokens come back evenly over the window.
 */
@Component
public class LoginThrottle {

    static final String ADDRESS = "address:";
    static final String ACCOUNT = "account:";
    /** Longer than any Camunda user id (ID_ is varchar(64)): such a name cannot be an account. */
    private static final int MAX_ACCOUNT_KEY = 64;
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(DataSource dataSource, JdbcTemplate jdbc, LoginProperties properties, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // A row lives as long as its bucket is not full again: then it says nothing more.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.perAddress = configuration(properties.perAddress());
        this.perAccount = configuration(properties.perAccount());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static BucketConfiguration configuration(LoginProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.window())
                        .build())
                .build();
    }

    /**
     * An attempt, when both the address's bucket and the account's still hold a token; empty when either is
     * empty. Nothing is taken yet: logins whose passwords are still being checked have not failed, so a room of
     * people logging in at the same second behind one address is never refused for it.
     */
    public Optional<Attempt> begin(String address, String userId) {
        cleanUpNowAndThen();
        BucketProxy byAddress = buckets.builder().build(addressKey(address), () -> perAddress);
        if (byAddress.getAvailableTokens() < 1) {
            return Optional.empty();
        }
        String accountKey = accountKey(userId);
        if (accountKey == null) {
            return Optional.of(new Attempt(byAddress, null));
        }
        BucketProxy byAccount = buckets.builder().build(accountKey, () -> perAccount);
        if (byAccount.getAvailableTokens() < 1) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(byAddress, byAccount));
    }

    /** Accounts whose bucket is empty now: their next login is refused until tokens come back. */
    public List<String> throttledAccounts() {
        List<String> keys = jdbc.queryForList(
                "select id from login_throttle where id like ? and expires_at > ? order by id",
                String.class, ACCOUNT + "%", clock.millis());
        return keys.stream()
                .filter(key -> buckets.builder().build(key, () -> perAccount).getAvailableTokens() < 1)
                .map(key -> key.substring(ACCOUNT.length()))
                .toList();
    }

    /** Gives the account its full allowance again, in the caller's transaction (so with its audit record). */
    void lift(String userId) {
        String key = accountKey(userId);
        if (key != null) {
            jdbc.update("delete from login_throttle where id = ?", key);
        }
    }

    private void cleanUpNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastCleanup.get();
        if (now.isAfter(last.plus(CLEANUP_EVERY)) && lastCleanup.compareAndSet(last, now)) {
            buckets.removeExpired(1000);
        }
    }

    static String accountKey(String userId) {
        if (userId == null || userId.length() > MAX_ACCOUNT_KEY) {
            return null;
        }
        return ACCOUNT + userId.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An IPv6 client easily holds a whole /64, so it counts as one address; an IPv4 address as itself.
     * The address is the request's remote address: behind a reverse proxy, Spring rewrites it from
     * X-Forwarded-For only when {@code server.forward-headers-strategy} says so.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return ADDRESS + "unknown";
        }
        if (address.indexOf(':') < 0) {
            return ADDRESS + address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return ADDRESS + prefix + ":/64";
            }
            return ADDRESS + InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return ADDRESS + address;
        }
    }

    /** An attempt under way: a failure takes a token from each bucket, a success takes nothing. */
    public record Attempt(BucketProxy byAddress, BucketProxy byAccount) {

        /**
         * Below zero when failures landed at once (a flood checked in parallel): the bucket then stays empty for
         * longer, so the failures over time stay within the allowance.
         */
        public void failed() {
            byAddress.consumeIgnoringRateLimits(1);
            if (byAccount != null) {
                byAccount.consumeIgnoringRateLimits(1);
            }
        }
    }
}
