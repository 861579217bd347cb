package fr.parcours.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node polls the outbox and tries the daily work; the database decides who does what (SKIP LOCKED rows, the
 * day's claimed row). Tests switch it off ({@code parcours.notification.scheduling=false}) and call both directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "parcours.notification.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationScheduling {

    private final OutboxSender sender;
    private final DailyNotifications daily;
    private final Clock clock;

    NotificationScheduling(OutboxSender sender, DailyNotifications daily, Clock clock) {
        this.sender = sender;
        this.daily = daily;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${parcours.notification.poll-interval:PT10S}", initialDelayString = "PT20S")
    void poll() {
        while (sender.sendDue() >= 1) {
            // A full batch may leave more due mails: go on until a poll sends nothing.
        }
    }

    @Scheduled(cron = "${parcours.notification.daily-cron:0 0 8 * * *}", zone = "Europe/Paris")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(MailComposer.ZONE));
        daily.digestOnce(today);
        daily.escalateOnce(today);
        daily.forgetOldSentMails();
    }
}
