package fr.parcours.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.notification.NotificationFixture.Team;
import fr.parcours.support.ParcoursIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails about a task that reaches a group or a person, through the outbox to the SMTP server in the app. */
@ParcoursIntegrationTest
class TaskNotificationTests {

    @Autowired
    NotificationFixture fixture;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    TaskService taskService;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTaskArrivingInAGroupIsMailedToEachMemberAfterCommitWithAnAbsoluteLink() throws Exception {
        Team team = fixture.team("arrival", 2);

        ProcessInstance instance = fixture.start(team, "Relire la demande");
        Task task = fixture.task(instance);

        assertThat(fixture.rows(team.people())).extracting(row -> row.get("kind"), row -> row.get("status"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("TASK_ARRIVED", "PENDING"));
        assertThat(fixture.rows(team.people())).hasSize(2);
        assertThat(mailServer.receivedBy(team.address(0))).as("nothing is sent before the poller runs").isEmpty();

        fixture.sendAllOf(team.people());

        for (int i = 0; i < 2; i++) {
            List<MimeMessage> mails = mailServer.receivedBy(team.address(i));
            assertThat(mails).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("Nouvelle tâche : Relire la demande");
            assertThat(mail.getFrom()[0].toString()).contains("no-reply@parcours.example");
            String text = textOf(mail);
            assertThat(text).contains("Une nouvelle tâche attend votre équipe")
                    .contains("http://localhost:8080/tasks/" + task.getId());
            assertThat(htmlOf(mail)).contains("href=\"http://localhost:8080/tasks/" + task.getId() + "\"");
        }
        assertThat(fixture.rows(team.people())).extracting(row -> row.get("status")).containsOnly("SENT");
    }

    @Test
    void aTaskAssignedByAnotherPersonIsMailedToTheAssigneeButNotOneClaimedByThemselves() throws Exception {
        Team team = fixture.team("assign", 3);
        preferences.save(team.people().get(1), new Preference(Frequency.IMMEDIATE, "en"));
        Task task = fixture.task(fixture.start(team, "Préparer le comité"));
        Task other = fixture.task(fixture.start(team, "Préparer la réunion"));

        actAs(team.people().get(0));
        taskService.setAssignee(task.getId(), team.people().get(1));
        actAs(team.people().get(2));
        taskService.claim(other.getId(), team.people().get(2));

        fixture.sendAllOf(team.people());
        List<MimeMessage> assigned = mailServer.receivedBy(team.address(1)).stream()
                .filter(mail -> subject(mail).startsWith("Task given to you")).toList();
        assertThat(assigned).as("in English, the language the person chose").hasSize(1);
        assertThat(subject(assigned.get(0))).isEqualTo("Task given to you: Préparer le comité");
        assertThat(textOf(assigned.get(0))).contains("A task was given to you in Parcours")
                .contains("/tasks/" + task.getId());
        assertThat(fixture.rows(List.of(team.people().get(2)))).extracting(row -> row.get("kind"))
                .as("only the two arrivals, not the claim").containsExactly("TASK_ARRIVED", "TASK_ARRIVED");
    }

    @Test
    void thePreferenceDecidesWhoIsMailedAtOnce() {
        Team team = fixture.team("prefs", 3);
        preferences.save(team.people().get(0), new Preference(Frequency.NONE, null));
        preferences.save(team.people().get(1), new Preference(Frequency.DAILY_DIGEST, null));

        fixture.start(team, "Tenir l'entretien");

        assertThat(fixture.rows(team.people())).extracting(row -> row.get("recipient_user_id"))
                .containsExactly(team.people().get(2));
    }

    @Test
    void nothingIsWrittenNorSentWhenTheStepRollsBack() {
        Team team = fixture.team("rollback", 2);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixture.start(team, "Étape annulée");
            assertThat(fixture.rows(team.people())).as("written inside the step's transaction").hasSize(2);
            status.setRollbackOnly();
        });

        assertThat(fixture.rows(team.people())).isEmpty();
        fixture.sendAllOf(team.people());
        assertThat(mailServer.receivedBy(team.address(0))).isEmpty();
    }

    @Test
    void lineBreaksInATaskNameNeverReachTheHeaders() throws Exception {
        Team team = fixture.team("header", 1);
        String intruder = "intruder-" + System.nanoTime() + "@evil.example";

        fixture.start(team, "Relire\r\nBcc: " + intruder + "\r\nSubject: faux\nX-Injected: oui");
        fixture.sendAllOf(team.people());

        List<MimeMessage> mails = mailServer.receivedBy(team.address(0));
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("Nouvelle tâche : Relire Bcc: " + intruder + " Subject: faux X-Injected: oui");
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mailServer.receivedBy(intruder)).isEmpty();
    }

    private static void actAs(String userId) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of()));
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String textOf(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
    }

    static String htmlOf(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
