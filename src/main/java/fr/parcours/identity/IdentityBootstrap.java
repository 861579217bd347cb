package fr.parcours.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start: groups and engine authorizations, then either the first administrator (from the
 * environment) or, in demo mode, nothing here — the demo loader creates its users.
 * Idempotent: existing users are left as they are.
 */
@Component
@Order(1)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final StartupMode mode;
    private final EngineAuthorizationSetup authorizationSetup;
    private final UserAccounts accounts;

    IdentityBootstrap(StartupMode mode, EngineAuthorizationSetup authorizationSetup, UserAccounts accounts) {
        this.mode = mode;
        this.authorizationSetup = authorizationSetup;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        authorizationSetup.apply();
        if (!mode.isDemo() && accounts.createIfMissing(mode.adminUser(), StartupMode.ADMIN_FIRST_NAME,
                StartupMode.ADMIN_LAST_NAME, mode.adminPassword(), List.of(Groups.ADMINS),
                UserScope.national(mode.adminUser()))) {
            log.info("First administrator '{}' created from the environment", mode.adminUser());
        }
    }
}
