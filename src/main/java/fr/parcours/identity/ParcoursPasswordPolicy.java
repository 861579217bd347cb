package fr.parcours.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The rules every password must pass when it is set, by Parcours or by Camunda Admin: at least 12
 * characters, at most 72 bytes (all that bcrypt reads), not a well-known default, and not containing the
 * user's id, names or e-mail. Length beats character classes: a passphrase is both stronger and easier
 * to remember. Demo mode alone lets its demo users keep the documented demo password.
 */
class ParcoursPasswordPolicy implements PasswordPolicy {

    static final int MAX_BYTES = 72;

    private final List<PasswordPolicyRule> rules;

    ParcoursPasswordPolicy(boolean demo) {
        this.rules = List.of(
                new PasswordPolicyLengthRuleImpl(StartupMode.MIN_PASSWORD_LENGTH),
                new MaxBytesRule(),
                new NotAKnownDefaultRule(demo),
                new PasswordPolicyUserDataRuleImpl());
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    private static final class MaxBytesRule implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_MAX_BYTES";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("maxBytes", String.valueOf(MAX_BYTES));
        }

        @Override
        public boolean execute(String password) {
            return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }

    private static final class NotAKnownDefaultRule implements PasswordPolicyRule {

        private final boolean demo;

        NotAKnownDefaultRule(boolean demo) {
            this.demo = demo;
        }

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_KNOWN_DEFAULT";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            return execute(password, null);
        }

        @Override
        public boolean execute(String password, User user) {
            if (demo && DemoUsers.PASSWORD.equals(password)) {
                return true;
            }
            return !StartupMode.KNOWN_DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
        }
    }
}
