package fr.parcours.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's password hashing, done by Spring Security's bcrypt: slow on purpose, with its own random salt
 * inside each hash. Stored as {@code {BCRYPT}$2a$…} in ACT_ID_USER.PWD_.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT";

    private final BCryptPasswordEncoder encoder;
    /** A hash of nothing in particular, checked when the user does not exist so that both take as long. */
    private final String dummyHash;

    BcryptPasswordEncryptor(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.dummyHash = encoder.encode("no such user: compare against something");
    }

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return fits(password) && encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    /** Spends the time of a real check, for a login whose user does not exist. */
    void checkDummy(String password) {
        if (fits(password)) {
            encoder.matches(password, dummyHash);
        } else {
            encoder.matches("", dummyHash);
        }
    }

    /** Bcrypt reads at most 72 bytes; Spring refuses more rather than ignore the rest. */
    static boolean fits(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= ParcoursPasswordPolicy.MAX_BYTES;
    }
}
