package fr.parcours.dla.plan.web;

import static fr.parcours.dla.plan.Treatment.INDIVIDUAL_ENGINEERING;
import static fr.parcours.dla.plan.Treatment.INTERNAL_ACTION;
import static fr.parcours.dla.plan.Treatment.REFERRAL;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.plan.PlanFixtures;
import fr.parcours.dla.plan.PlanService;
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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The case file's plan section: the current revision's axes and every committee opinion. */
@ParcoursIntegrationTest
class PlanSectionTests {

    @Autowired
    PlanSection section;
    @Autowired
    PlanService plans;
    @Autowired
    Scenario scenario;
    @Autowired
    TemplateEngine templates;

    @Test
    void showsTheCurrentRevisionAndTheCommitteeOpinions() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        plans.recordPlan(opened.getId(), PlanFixtures.plan(INTERNAL_ACTION));
        plans.recordCommitteeOpinion(opened.getId(), PlanFixtures.opinion(true));
        plans.recordPlan(opened.getId(), PlanFixtures.plan(INDIVIDUAL_ENGINEERING, REFERRAL));

        String french = render(opened, Locale.FRENCH);

        assertThat(section.order()).isEqualTo(30);
        assertThat(french).contains("Version 2", "Ingénierie individuelle", "Orientation vers une autre offre locale",
                "Prioriser le modèle économique", "Plan modifié à la suite de l&#39;avis")
                .doesNotContain("Axe INTERNAL_ACTION", "??");
        assertThat(render(opened, Locale.ENGLISH)).contains("Individual engineering").doesNotContain("??");
    }

    @Test
    void saysSoWhenThereIsNoPlanYet() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());

        assertThat(render(opened, Locale.FRENCH)).contains("Aucun plan n&#39;a encore été élaboré.");
    }

    private String render(Accompaniment accompaniment, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("section", Map.of("model",
                section.model(accompaniment, new CurrentUser(DemoUsers.OFFICER_NICE, List.of()))));
        return templates.process("dla/plan/section", Set.of("section"), context);
    }
}
