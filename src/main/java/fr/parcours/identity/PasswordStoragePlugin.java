package fr.parcours.identity;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * How the engine stores and checks passwords: bcrypt for every new hash (Camunda's salted SHA-512 ones
 * still check, and {@link Passwords} rehashes them at the next login), and {@link ParcoursPasswordPolicy}
 * whenever a password is set.
 */
@Component
class PasswordStoragePlugin extends AbstractCamundaConfiguration {

    private final BcryptPasswordEncryptor encryptor;
    private final boolean demo;

    PasswordStoragePlugin(LoginProperties properties, StartupMode mode) {
        this.encryptor = new BcryptPasswordEncryptor(properties.bcryptStrength());
        this.demo = mode.isDemo();
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setPasswordEncryptor(encryptor);
        // Bcrypt salts each hash itself; Camunda's salt, appended to the password, would only eat into the
        // 72 bytes bcrypt reads. Old hashes keep their stored salt, which their check still uses.
        configuration.setSaltGenerator(() -> "");
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new ParcoursPasswordPolicy(demo));
    }

    BcryptPasswordEncryptor encryptor() {
        return encryptor;
    }
}
