package fr.parcours.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode (the default: embedded database, no {@code prod} profile) loads demo users and data.
 * Outside it, the first administrator comes from PARCOURS_ADMIN_USER / PARCOURS_ADMIN_PASSWORD, and
 * the app refuses to start with a missing, short or well-known password.
 */
@Component
public class StartupMode {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final String ADMIN_FIRST_NAME = "Administrateur";
    static final String ADMIN_LAST_NAME = "Parcours";
    static final Set<String> KNOWN_DEFAULT_PASSWORDS = Set.of(
            DemoUsers.PASSWORD, "admin", "administrator", "password", "changeme", "demo", "camunda",
            "parcours", "secret", "123456789012", "motdepasse");

    private final boolean demo;
    private final String adminUser;
    private final String adminPassword;

    public StartupMode(Environment environment) {
        this.demo = !environment.acceptsProfiles(Profiles.of("prod"))
                && !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        this.adminUser = environment.getProperty("parcours.admin.username", "");
        this.adminPassword = environment.getProperty("parcours.admin.password", "");
        if (!demo) {
            checkAdminCredentials(adminUser, adminPassword);
        }
    }

    static void checkAdminCredentials(String user, String password) {
        if (!StringUtils.hasText(user)) {
            throw new IllegalStateException("PARCOURS_ADMIN_USER must name the first administrator outside demo mode.");
        }
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("PARCOURS_ADMIN_PASSWORD is missing: refusing to start outside demo mode.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH
                || KNOWN_DEFAULT_PASSWORDS.contains(password.toLowerCase())) {
            throw new IllegalStateException("PARCOURS_ADMIN_PASSWORD is a known default or shorter than "
                    + MIN_PASSWORD_LENGTH + " characters: refusing to start.");
        }
        // The password policy (ParcoursPasswordPolicy) would refuse it when the administrator is created.
        String lower = password.toLowerCase(Locale.ROOT);
        if (Stream.of(user, ADMIN_FIRST_NAME, ADMIN_LAST_NAME)
                .anyMatch(part -> lower.contains(part.toLowerCase(Locale.ROOT)))) {
            throw new IllegalStateException("PARCOURS_ADMIN_PASSWORD contains the user name, '" + ADMIN_FIRST_NAME
                    + "' or '" + ADMIN_LAST_NAME + "': refusing to start.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > ParcoursPasswordPolicy.MAX_BYTES) {
            throw new IllegalStateException("PARCOURS_ADMIN_PASSWORD is longer than "
                    + ParcoursPasswordPolicy.MAX_BYTES + " bytes: refusing to start.");
        }
    }

    public boolean isDemo() {
        return demo;
    }

    String adminUser() {
        return adminUser;
    }

    String adminPassword() {
        return adminPassword;
    }
}
