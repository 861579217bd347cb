package fr.parcours.notification;

import static fr.parcours.notification.TaskNotificationTests.subject;
import static fr.parcours.notification.TaskNotificationTests.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.notification.NotificationFixture.Team;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A task mail names the step in its recipient's language: English for whoever chose it, else French. */
@ParcoursIntegrationTest
class TaskMailStepNamesTests {

    @Autowired
    NotificationFixture fixture;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDlaTaskGivenToAnEnglishReaderIsNamedInEnglishAndToAFrenchOneInFrench() throws Exception {
        Team team = fixture.team("step-names", 2);
        String french = team.people().get(0);
        String english = team.people().get(1);
        preferences.save(english, new Preference(Frequency.IMMEDIATE, "en"));
        Accompaniment accompaniment = scenario.openInNice();
        Task review = scenario.task(accompaniment.getProcessInstanceId(), DlaIndividualProcess.TASK_REVIEW_REQUEST);

        actAs(french);
        taskService.setAssignee(review.getId(), english);
        actAs(english);
        taskService.setAssignee(review.getId(), french);
        fixture.sendAllOf(team.people());

        MimeMessage toEnglish = given(team.address(1));
        assertThat(subject(toEnglish)).startsWith("Task given to you: Review the request (intake) — ");
        assertThat(textOf(toEnglish)).contains("Review the request (intake)").doesNotContain("Étudier la demande");
        MimeMessage toFrench = given(team.address(0));
        assertThat(subject(toFrench)).contains("Étudier la demande (accueil)").doesNotContain("Review the request");
    }

    private MimeMessage given(String address) {
        List<MimeMessage> mails = mailServer.receivedBy(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static void actAs(String userId) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of()));
    }
}
