package fr.parcours.admin;

import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.LockedAccount;
import fr.parcours.identity.LoginLocks;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists locked accounts and lifts a lock, with an audit record in the same transaction. */
@Service
public class LockAdministration {

    /** Audit records about a user account carry this case type, case id 0 and the user id in their details. */
    public static final String ACCOUNT = "ACCOUNT";
    static final String LOCK_LIFTED = "login-lock-lifted";

    private final LoginLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LockAdministration(LoginLocks locks, ApplicationEventPublisher events, Clock clock) {
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    public List<LockedAccount> lockedAccounts() {
        return locks.current();
    }

    @Transactional
    public void lift(String userId, String administrator) {
        locks.lift(userId);
        events.publishEvent(new CaseEvent(ACCOUNT, 0, LOCK_LIFTED, administrator, clock.instant(), userId));
    }
}
