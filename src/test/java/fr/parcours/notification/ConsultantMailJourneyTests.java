package fr.parcours.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's promise: the officer completes the launch meeting, the mission's next task arrives in France
 * Médiation's group, and the consultant ines.fabre's mail shows on the administrators' outbox page.
 */
@ParcoursIntegrationTest
class ConsultantMailJourneyTests {

    @Autowired
    MissionScenario missions;
    @Autowired
    NotificationFixture fixture;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    TaskService taskService;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void completingTheLaunchMeetingMailsTheConsultantAndTheOutboxShowsIt() throws Exception {
        MissionCase mission = missions.atLaunchMeeting();

        missions.launch(mission);

        Task progress = taskService.createTaskQuery().processInstanceId(mission.processInstanceId())
                .taskDefinitionKey("Task_ReportMissionProgress").singleResult();
        String subject = "Nouvelle tâche : Rendre compte de l'avancement de la mission — " + mission.structureName();
        fixture.sendAllOf(List.of(DemoUsers.CONSULTANT));
        List<MimeMessage> mails = mailServer.receivedBy(DemoUsers.CONSULTANT + "@parcours.example").stream()
                .filter(mail -> subject.equals(TaskNotificationTests.subject(mail))).toList();
        assertThat(mails).hasSize(1);
        assertThat(TaskNotificationTests.textOf(mails.get(0))).contains("/tasks/" + progress.getId());

        mvc.perform(get("/admin/outbox").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoUsers.CONSULTANT)))
                .andExpect(content().string(containsString(
                        "Rendre compte de l&#39;avancement de la mission — " + mission.structureName())));
    }
}
