package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The DLA's validation of the choice; in the scenario the third consultant sent no proposal. */
@ParcoursIntegrationTest
class ChoiceControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheScoredProposalsToTheOfficer() throws Exception {
        EngineeringCase opened = scored();

        mvc.perform(get("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/choice"))
                .andExpect(model().attribute("received", org.hamcrest.Matchers.hasSize(2)));
    }

    @Test
    void choosingAProposalThatWasNotReceivedIsRefused() throws Exception {
        EngineeringCase opened = scored();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(post("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("candidateId", String.valueOf(c.get(2).getId()))
                        .param("minutes", "PV").param("decidedOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "candidateId"));

        assertNothingChosen(opened);
    }

    @Test
    void missingMinutesAndADateBeforeTheCaseAreRefused() throws Exception {
        EngineeringCase opened = scored();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(post("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("candidateId", String.valueOf(c.get(0).getId()))
                        .param("minutes", " ").param("decidedOn", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "minutes", "decidedOn"));

        assertNothingChosen(opened);
    }

    @Test
    void theValidatedChoiceInformsEveryConsultantAndLeadsToTheLaunchMeeting() throws Exception {
        EngineeringCase opened = scored();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(post("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())
                        .param("candidateId", String.valueOf(c.get(1).getId()))
                        .param("minutes", "Comité de sélection : méthode la plus adaptée.")
                        .param("decidedOn", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.LAUNCH);
        assertThat(jdbc.queryForList("select outcome from consultant_notice where mission_id = ? order by organisation_id",
                String.class, engineering.missionOf(opened.firstAxis()).getId()))
                .containsExactlyInAnyOrder("NOT_RETAINED", "RETAINED", "NO_PROPOSAL");
        engineering.task(opened, opened.firstAxis(), TASK_HOLD_LAUNCH_MEETING);
    }

    @Test
    void aLilleOfficerCannotValidateANiceChoice() throws Exception {
        EngineeringCase opened = scored();
        List<ConsultantCandidate> c = engineering.candidatesOf(opened.firstAxis());

        mvc.perform(get("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf())
                        .param("candidateId", String.valueOf(c.get(0).getId()))
                        .param("minutes", "PV").param("decidedOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/dla/tasks/{id}/consultant-choice", task(opened).getId())
                        .with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());

        assertNothingChosen(opened);
    }

    private EngineeringCase scored() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.scoreProposals(opened, opened.firstAxis(), engineering.newConsultants(3));
        return opened;
    }

    private Task task(EngineeringCase opened) {
        return engineering.task(opened, opened.firstAxis(), TASK_VALIDATE_CHOICE);
    }

    private void assertNothingChosen(EngineeringCase opened) {
        task(opened);
        long missionId = engineering.missionOf(opened.firstAxis()).getId();
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.CHOICE);
        assertThat(jdbc.queryForObject("select count(*) from consultant_notice where mission_id = ?", Integer.class,
                missionId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consultant_choice where mission_id = ?", Integer.class,
                missionId)).isZero();
    }
}
