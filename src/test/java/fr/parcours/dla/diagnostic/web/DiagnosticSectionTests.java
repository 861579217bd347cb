package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.diagnostic.DiagnosticFixtures;
import fr.parcours.dla.diagnostic.DiagnosticService;
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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The case file's diagnostic section renders what was recorded, in French and in English. */
@ParcoursIntegrationTest
class DiagnosticSectionTests {

    @Autowired
    DiagnosticSection section;
    @Autowired
    DiagnosticService diagnostics;
    @Autowired
    Scenario scenario;
    @Autowired
    TemplateEngine templates;

    @Test
    void showsInterviewsThemeLevelsAndTheValidation() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        diagnostics.recordInterview(opened.getId(), DiagnosticFixtures.interview(false));
        diagnostics.recordThemeAssessments(opened.getId(), DiagnosticFixtures.allThemes());
        diagnostics.recordValidation(opened.getId(), DiagnosticFixtures.validation());

        String french = render(opened, Locale.FRENCH);

        assertThat(section.order()).isEqualTo(20);
        assertThat(french).contains("Diagnostic partagé", "Marie Durand, présidente ; Paul Martin, directeur",
                "Modèle économique et financements", "3 · satisfaisant", "Forces EVALUATION", "Validé le")
                .doesNotContain("??");
        assertThat(render(opened, Locale.ENGLISH)).contains("Shared diagnostic", "Economic model and funding")
                .doesNotContain("??");
    }

    @Test
    void saysSoWhenNothingWasRecordedYet() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());

        assertThat(render(opened, Locale.FRENCH)).contains("Le diagnostic n&#39;a pas encore commencé.");
    }

    private String render(Accompaniment accompaniment, Locale locale) {
        WebContext context = webContext(locale);
        // The case page's own model, which the sections' PDF buttons read.
        context.setVariable("accompaniment", accompaniment);
        context.setVariable("section", Map.of("model",
                section.model(accompaniment, new CurrentUser(DemoUsers.OFFICER_NICE, List.of()))));
        return templates.process("dla/diagnostic/section", Set.of("section"), context);
    }

    /** A request's context, as the case page has: the sections' links are relative to the application. */
    private static WebContext webContext(Locale locale) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(new MockServletContext());
        return new WebContext(application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
                locale);
    }
}
