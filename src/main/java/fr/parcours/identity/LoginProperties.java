package fr.parcours.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parcours.login.*}: how many failed logins a client address and an account may make per window,
 * and the bcrypt cost of stored passwords.
 */
@ConfigurationProperties("parcours.login")
public record LoginProperties(Limit perAddress, Limit perAccount, int bcryptStrength) {

    /** At most {@code attempts} failures, given back evenly over {@code window}. */
    public record Limit(long attempts, Duration window) {
    }
}
