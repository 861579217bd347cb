package fr.parcours.dla.followup.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.followup.AccompanimentClosure;
import fr.parcours.dla.followup.FollowUp;
import fr.parcours.dla.followup.FollowUpReports;
import fr.parcours.dla.followup.FollowUpService;
import fr.parcours.dla.followup.Indicators;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.TaskForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParcoursIntegrationTest
class FollowUpCaseFileSectionTests {

    @Autowired
    FollowUpCaseFileSection section;
    @Autowired
    FollowUpTaskForms taskForms;
    @Autowired
    FollowUpService followUps;
    @Autowired
    Scenario scenario;
    @Autowired
    SpringTemplateEngine templateEngine;

    @Test
    void showsTheFollowUpsTheirTotalsTheNewAccompanimentAndTheClosure() {
        Accompaniment accompaniment = scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(1, 1, "800"));
        followUps.record(accompaniment.getId(), FollowUpReports.withNewNeeds("Structurer le bénévolat", true));
        Accompaniment opened = scenario.as(DemoUsers.OFFICER_NICE, () -> followUps.openNewAccompaniment(accompaniment.getId()));
        followUps.close(accompaniment.getId());

        Map<String, Object> model = section.model(accompaniment, new CurrentUser(DemoUsers.OFFICER_NICE, List.of()));

        assertThat(section.order()).isEqualTo(50);
        assertThat((List<FollowUp>) model.get("followUps")).extracting(FollowUp::getNumber).containsExactly(1, 2);
        assertThat(model.get("totals")).isEqualTo(new Indicators(2, 1, new BigDecimal("5800.00"), 1));
        assertThat(model.get("newAccompaniments")).isEqualTo(Map.of(opened.getId(), opened.getBusinessKey()));
        assertThat(((AccompanimentClosure) model.get("closure")).getClosedBy()).isEqualTo(DemoUsers.OFFICER_NICE);
        assertThat(render(model))
                .contains("Suivi et consolidation", "5 800,00", "Structurer le bénévolat",
                        "href=\"/dla/accompaniments/" + opened.getId() + "\"", opened.getBusinessKey(), "Accompagnement clôturé le");
    }

    @Test
    void saysSoWhenThereIsNoFollowUpYet() {
        Accompaniment accompaniment = scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));

        assertThat(render(section.model(accompaniment, new CurrentUser(DemoUsers.OFFICER_NICE, List.of()))))
                .contains("Aucun point de suivi pour l&#39;instant.").doesNotContain("<table");
    }

    /** Renders the section's fragment as the case-file page would, in French. */
    private String render(Map<String, Object> model) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dla/accompaniments/1");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.FRENCH, Map.of("section", Map.of("model", model)));
        return templateEngine.process("dla/follow-up/section", Set.of("section"), context);
    }

    @Test
    void opensTheFollowUpFormFromTheTaskList() {
        TaskForms forms = taskForms;
        assertThat(forms.formPath(DlaIndividualProcess.KEY, TASK_FOLLOW_UP, "42")).contains("/dla/tasks/42/follow-up");
        assertThat(forms.formPath(DlaIndividualProcess.KEY, DlaIndividualProcess.TASK_REVIEW_REQUEST, "42")).isEmpty();
        assertThat(forms.formPath("council-cycle", TASK_FOLLOW_UP, "42")).isEqualTo(Optional.empty());
    }
}
