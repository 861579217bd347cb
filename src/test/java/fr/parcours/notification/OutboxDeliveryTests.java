package fr.parcours.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.notification.NotificationFixture.Team;
import fr.parcours.support.ParcoursIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;

/** The outbox's delivery: retries through a mail server outage, one send with racing pollers, bounced addresses. */
@ParcoursIntegrationTest
class OutboxDeliveryTests {

    @Autowired
    NotificationFixture fixture;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    OutboxSender sender;
    @Autowired
    MailAddressFlags flags;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMailServerOutageLosesNothingAndTheMailGoesOutOnceTheServerIsBack() {
        Team team = fixture.team("outage", 1);
        fixture.start(team, "Rédiger le cahier des charges");
        mailServer.stop();
        Map<String, Object> waiting;
        try {
            fixture.sendAllOf(team.people());
            waiting = TaskNotificationTests.only(fixture.rows(team.people()));
            assertThat(waiting.get("status")).isEqualTo("PENDING");
            assertThat(waiting.get("attempts")).isEqualTo(1);
            assertThat((String) waiting.get("last_error")).isNotBlank();
            Timestamp next = jdbc.queryForObject("select next_attempt_at from mail_outbox where id = ?",
                    Timestamp.class, waiting.get("id"));
            assertThat(next.toInstant()).as("tried again later, not at once").isAfter(Instant.now().plusSeconds(30));
            sender.sendDue();
            assertThat(TaskNotificationTests.only(fixture.rows(team.people())).get("attempts"))
                    .as("not due yet").isEqualTo(1);
        } finally {
            mailServer.start();
        }

        fixture.makeDue(team.people());
        fixture.sendAllOf(team.people());

        Map<String, Object> sent = TaskNotificationTests.only(fixture.rows(team.people()));
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat(mailServer.receivedBy(team.address(0))).hasSize(1);
    }

    @Test
    void twoPollersRacingSendEachMailOnce() throws Exception {
        Team team = fixture.team("race", 12);
        fixture.start(team, "Tâche disputée");
        fixture.start(team, "Seconde tâche disputée");
        assertThat(fixture.rows(team.people())).hasSize(24);

        fixture.putOthersOff(team.people());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> pollers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            pollers.add(pool.submit(() -> {
                go.await();
                fixture.drain(team.people());
                return null;
            }));
        }
        go.countDown();
        for (Future<?> poller : pollers) {
            poller.get();
        }
        pool.shutdown();

        assertThat(fixture.rows(team.people())).extracting(row -> row.get("status")).containsOnly("SENT");
        for (int i = 0; i < team.people().size(); i++) {
            assertThat(mailServer.receivedBy(team.address(i))).as(team.people().get(i)).hasSize(2);
        }
    }

    @Test
    void anAddressRefusedForGoodFailsAtOnceIsFlaggedAndGetsNoMoreMail() {
        Team team = fixture.team("bounce", 1);
        String broken = fixture.person("notify-bounce-" + System.nanoTime(), "adresse sans arobase");
        jdbc.update("insert into act_id_membership (user_id_, group_id_) values (?, ?)", broken, team.groupId());
        fixture.start(team, "Première tâche");

        fixture.sendAllOf(List.of(broken));

        Map<String, Object> failed = TaskNotificationTests.only(fixture.rows(List.of(broken)));
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(flags.flagOf(broken)).hasValueSatisfying(flag ->
                assertThat(flag.address()).isEqualTo("adresse sans arobase"));
        assertThat(flags.flagOf(team.people().get(0))).isEmpty();

        fixture.start(team, "Deuxième tâche");
        assertThat(fixture.rows(List.of(broken))).as("no new mail to a flagged address").hasSize(1);
        assertThat(fixture.rows(team.people())).hasSize(2);
    }

    @Test
    void aRecipientTheServerRefusesIsPermanentAnOutageIsNot() throws Exception {
        SMTPAddressFailedException unknown = new SMTPAddressFailedException(
                new InternetAddress("nobody@parcours.example"), "RCPT TO", 550, "5.1.1 User unknown");
        SMTPAddressFailedException busy = new SMTPAddressFailedException(
                new InternetAddress("busy@parcours.example"), "RCPT TO", 452, "4.2.2 Mailbox full");
        jakarta.mail.SendFailedException refused = new jakarta.mail.SendFailedException("Invalid Addresses", unknown);

        assertThat(OutboxSender.permanent(new MailSendException("refused", refused))).isTrue();
        assertThat(OutboxSender.permanent(new MailSendException("busy",
                new jakarta.mail.SendFailedException("Invalid Addresses", busy)))).isFalse();
        assertThat(OutboxSender.permanent(new MailSendException("Mail server connection failed",
                new jakarta.mail.MessagingException("Connection refused")))).isFalse();
    }
}
