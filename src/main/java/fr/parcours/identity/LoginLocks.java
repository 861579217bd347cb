package fr.parcours.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sees and lifts: accounts the login throttle refuses now, and accounts the engine
 * still holds locked (its lock is off, but a lock taken before, or set through Camunda, may remain).
 */
@Service
public class LoginLocks {

    private final LoginThrottle throttle;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int loginMaxAttempts;

    LoginLocks(LoginThrottle throttle, IdentityService identityService, JdbcTemplate jdbc, Clock clock,
               ProcessEngine engine) {
        this.throttle = throttle;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.clock = clock;
        this.loginMaxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getLoginMaxAttempts();
    }

    @Transactional(readOnly = true)
    public List<LockedAccount> current() {
        Set<String> throttled = new TreeSet<>(throttle.throttledAccounts());
        Set<String> engineLocked = new TreeSet<>(jdbc.queryForList(
                "select id_ from act_id_user where lock_exp_time_ > ? or attempts_ >= ?", String.class,
                Timestamp.from(clock.instant()), loginMaxAttempts));
        Set<String> all = new TreeSet<>(throttled);
        all.addAll(engineLocked);
        return all.stream()
                .map(userId -> new LockedAccount(userId, throttled.contains(userId), engineLocked.contains(userId)))
                .toList();
    }

    /** In the caller's transaction; the engine checks the caller may unlock users (Camunda admins). */
    @Transactional
    public void lift(String userId) {
        throttle.lift(userId);
        identityService.unlockUser(userId);
    }
}
