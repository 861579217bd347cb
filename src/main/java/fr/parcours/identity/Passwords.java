package fr.parcours.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a login's password against Camunda's identity service. An unknown user costs the same hashing
 * as a known one, so that the time taken does not tell whether the account exists. A password still
 * stored with an older algorithm is rehashed with bcrypt once it has been checked right.
 */
@Component
class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);
    private static final String CURRENT_PREFIX = "{" + BcryptPasswordEncryptor.ALGORITHM + "}";

    private final IdentityService identityService;
    private final BcryptPasswordEncryptor encryptor;

    Passwords(IdentityService identityService, PasswordStoragePlugin storage) {
        this.identityService = identityService;
        this.encryptor = storage.encryptor();
    }

    boolean matches(String userId, String password) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            encryptor.checkDummy(password);
            return false;
        }
        if (!identityService.checkPassword(userId, password)) {
            return false;
        }
        upgradeIfOld(userId, password);
        return true;
    }

    private void upgradeIfOld(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null
                || entity.getPassword().startsWith(CURRENT_PREFIX)
                || !(identityService instanceof IdentityServiceImpl engine)) {
            return;
        }
        try {
            user.setPassword(password);
            // The same password, only hashed anew: the policy applies when a password is chosen, not here.
            engine.saveUser(user, true);
            log.info("Password of '{}' rehashed with bcrypt", userId);
        } catch (ProcessEngineException e) {
            // The login stands; the next one tries again.
            log.warn("Could not rehash the password of '{}': {}", userId, e.getMessage());
        }
    }
}
