package fr.parcours.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends the due mails of the outbox, one batch per transaction: the rows stay locked while they are sent, so
 * another node's poll skips them, and each ends sent, waiting for a later attempt (doubling delays), or failed.
 * A mail server that refuses an address for good fails the mail at once and flags the address.
 * <p>
 * A node that dies between the server's acceptance and the commit sends that mail again on the next poll: at
 * least once, never lost.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TaskMails taskMails;
    private final MailAddressFlags flags;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicBoolean unconfiguredReported = new AtomicBoolean();

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, TaskMails taskMails, MailAddressFlags flags,
                 NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.taskMails = taskMails;
        this.flags = flags;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends one batch of due mails; returns how many the mail server accepted. */
    int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            if (!unconfiguredReported.getAndSet(true)) {
                log.warn("No mail server configured (PARCOURS_SMTP_HOST): mails wait in the outbox");
            }
            return 0;
        }
        Integer sent = transaction.execute(status -> {
            List<Outbox.PendingMail> due = outbox.claimDue(properties.batchSize());
            return (int) due.stream().filter(mail -> send(sender, mail)).count();
        });
        return sent == null ? 0 : sent;
    }

    private boolean send(JavaMailSender sender, Outbox.PendingMail mail) {
        String address = mail.recipient().address();
        try {
            RenderedMail rendered = mail.rendered() != null ? mail.rendered()
                    : taskMails.render(mail.kind(), mail.recipient().locale(), mail.task());
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(address);
            helper.setSubject(MailHeaders.subject(rendered.subject()));
            helper.setText(rendered.text(), rendered.html());
            sender.send(message);
            outbox.markSent(mail.id(), rendered);
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            if (permanent(e)) {
                log.warn("Mail {} refused for good: {}", mail.id(), error);
                outbox.markFailed(mail.id(), error);
                flags.flag(address, error);
            } else if (mail.attempts() + 1 >= properties.maxAttempts()) {
                log.warn("Mail {} failed after {} attempts: {}", mail.id(), mail.attempts() + 1, error);
                outbox.markFailed(mail.id(), error);
            } else {
                log.info("Mail {} not sent, will retry: {}", mail.id(), error);
                outbox.markRetry(mail.id(), error, clock.instant().plus(properties.retryAfter(mail.attempts() + 1)));
            }
            return false;
        }
    }

    /** An address the server (or its syntax) refuses: trying again would not help. */
    static boolean permanent(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException || cause instanceof MailParseException) {
                return true;
            }
            if (cause instanceof SMTPAddressFailedException failed && failed.getReturnCode() >= 500) {
                return true;
            }
            if (cause instanceof MailSendException send) {
                for (Exception each : send.getMessageExceptions()) {
                    if (permanent(each)) {
                        return true;
                    }
                }
            }
            if (cause instanceof SendFailedException failed && failed.getNextException() != null
                    && failed.getNextException() != cause && permanent(failed.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (root != error) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return MailHeaders.oneLine(text);
    }
}
