package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.SelectionSummary;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
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

/** The "Ingénieries" section of the case file: what it holds, for whom, and how it renders. */
@ParcoursIntegrationTest
class SelectionCaseFileSectionTests {

    @Autowired
    EngineeringScenario engineering;
    @Autowired
    SelectionCaseFileSection section;
    @Autowired
    SpringTemplateEngine templates;

    @Test
    void showsEachMissionsProposalsScoresChoiceAndNoticesToTheOfficer() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation", "Modèle économique");
        List<ConsultantCandidate> scored = engineering.scoreProposals(opened, opened.firstAxis(),
                engineering.newConsultants(4));
        engineering.complete(opened, opened.firstAxis(), TASK_VALIDATE_CHOICE, new ChoiceValidation(
                scored.get(1).getId(), "PV du comité de sélection", LocalDate.now(), DemoUsers.OFFICER_NICE));

        Map<String, Object> model = section.model(opened.accompaniment(),
                new CurrentUser(DemoUsers.OFFICER_NICE, List.of(Groups.DLA_OFFICERS, Groups.dlaOfficersOf("06"))));

        @SuppressWarnings("unchecked")
        List<SelectionSummary> missions = (List<SelectionSummary>) model.get("missions");
        assertThat(missions).hasSize(2);
        assertThat(missions.get(0).getChosen().getId()).isEqualTo(scored.get(1).getId());
        assertThat(missions.get(1).candidates()).isEmpty();

        WebContext context = webContext(Locale.FRENCH);
        // The case page's own model, which the sections' PDF buttons read.
        context.setVariable("accompaniment", opened.accompaniment());
        context.setVariable("section", Map.of("model", model));
        String html = templates.process("dla/engineering/section", Set.of("section"), context);
        assertThat(html).contains("Ingénieries", "Réorganiser la médiation", "Modèle économique",
                scored.get(1).getOrganisation().getName(), "PV du comité de sélection", "Retenu", "Non retenu",
                "Sans proposition").containsPattern("6.000,00.€");
    }

    @Test
    void aConsultantNeverSeesCompetingProposals() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.scoreProposals(opened, opened.firstAxis(), engineering.newConsultants(3));

        Map<String, Object> model = section.model(opened.accompaniment(),
                new CurrentUser(DemoUsers.CONSULTANT, List.of(Groups.CONSULTANTS)));

        assertThat((List<?>) model.get("missions")).isEmpty();
    }

    /** A request's context, as the case page has: the sections' links are relative to the application. */
    private static WebContext webContext(Locale locale) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(new MockServletContext());
        return new WebContext(application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
                locale);
    }
}
