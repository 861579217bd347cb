package fr.parcours.notification;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parcours.notification.*} (application.yml, README "Configuration").
 *
 * @param baseUrl        the app's public address, for the absolute links in mails
 * @param from           the sender of every mail
 * @param batchSize      mails one poll sends at most
 * @param maxAttempts    attempts before a mail is marked failed
 * @param retryDelay     wait after the first failed attempt, doubled after each further one
 * @param maxRetryDelay  longest wait between two attempts
 * @param dueSoonDays    a task due within these many days is in the digest
 * @param escalation     days overdue before a task is escalated, by task definition key, with a default
 * @param keepSent       how long sent mails stay in the outbox (its page shows them)
 */
@ConfigurationProperties("parcours.notification")
record NotificationProperties(String baseUrl, String from, int batchSize, int maxAttempts, Duration retryDelay,
                              Duration maxRetryDelay, int dueSoonDays, Escalation escalation,
                              Period keepSent) {

    record Escalation(int defaultDays, Map<String, Integer> days) {

        int daysFor(String taskDefinitionKey) {
            return days == null ? defaultDays : days.getOrDefault(taskDefinitionKey, defaultDays);
        }

        int fewestDays() {
            return days == null ? defaultDays
                    : Math.min(defaultDays, days.values().stream().mapToInt(Integer::intValue).min().orElse(defaultDays));
        }
    }

    /** The absolute address of a path of the app. */
    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** Wait before the next attempt once {@code attempts} have failed. */
    Duration retryAfter(int attempts) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
