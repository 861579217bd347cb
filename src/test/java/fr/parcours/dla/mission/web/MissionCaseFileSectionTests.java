package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_MISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.mission.AssessmentVerdict;
import fr.parcours.dla.mission.MissionFile;
import fr.parcours.dla.mission.MissionScenario;
import fr.parcours.dla.mission.MissionScenario.MissionCase;
import fr.parcours.dla.mission.ObjectivesAchieved;
import fr.parcours.dla.mission.SatisfactionScores;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The missions part of the case file: its data, and its fragment rendered as the case file page would. */
@ParcoursIntegrationTest
class MissionCaseFileSectionTests {

    @Autowired
    MissionCaseFileSection section;
    @Autowired
    MissionScenario missions;
    @Autowired
    Scenario scenario;
    @Autowired
    SpringTemplateEngine templates;

    @Test
    void showsEachMissionFromTheLaunchMeetingToTheAssessment() {
        MissionCase mission = missions.atLaunchMeeting();
        missions.throughEndReport(mission);
        scenario.complete(scenario.task(mission.processInstanceId(), TASK_RECORD_SATISFACTION), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, new SatisfactionScores(5, 4, 3, "Très à l'écoute", DemoUsers.OFFICER_NICE));
        scenario.complete(scenario.task(mission.processInstanceId(), TASK_ASSESS_MISSION), DemoUsers.OFFICER_NICE,
                VAR_SUBMISSION, new AssessmentVerdict(ObjectivesAchieved.PARTLY, "Recrutement à suivre", DemoUsers.OFFICER_NICE));

        Map<String, Object> model = section.model(mission.accompaniment(),
                new CurrentUser(DemoUsers.OFFICER_NICE, List.of("dla-officers")));

        assertThat(section.order()).isEqualTo(45);
        @SuppressWarnings("unchecked")
        List<MissionFile> files = (List<MissionFile>) model.get("missions");
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.milestones()).hasSize(1);
            assertThat(file.daysSpent()).isEqualByComparingTo(MissionScenario.PLANNED_DAYS);
            assertThat(file.assessment().getObjectivesAchieved()).isEqualTo(ObjectivesAchieved.PARTLY);
        });
        String html = render(model);
        assertThat(html).contains("Trois ateliers puis restitution", "Diagnostic organisationnel", "Recommandations",
                "5/5", "En partie", "Recrutement à suivre", "10 j réalisés sur 10 j prévus");
    }

    @Test
    void saysSoWhenNoMissionIsLaunched() {
        MissionCase mission = missions.atLaunchMeeting();
        Map<String, Object> model = section.model(mission.accompaniment(),
                new CurrentUser(DemoUsers.OFFICER_NICE, List.of("dla-officers")));

        assertThat(render(model)).contains("Réunion de lancement tripartite", "La réunion de lancement n&#39;est pas encore enregistrée.");
    }

    private String render(Map<String, Object> model) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(new MockServletContext());
        WebContext context = new WebContext(application.buildExchange(new MockHttpServletRequest(),
                new MockHttpServletResponse()), Locale.FRENCH, Map.of("section", new RenderedSection(model)));
        return templates.process("mission/section", Set.of("section"), context);
    }

    /** What the case file page hands each section's fragment. */
    public static class RenderedSection {
        private final Map<String, Object> model;

        RenderedSection(Map<String, Object> model) {
            this.model = model;
        }

        public Map<String, Object> getModel() {
            return model;
        }
    }
}
