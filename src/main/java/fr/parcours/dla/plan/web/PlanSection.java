package fr.parcours.dla.plan.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.dla.plan.PlanService;
import fr.parcours.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The case file's plan: the current revision's axes and treatments, and the comité d'appui's opinions. */
@Component
class PlanSection implements CaseFileSection {

    private final PlanService plans;

    PlanSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "dla/plan/section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        return Map.of("plan", plans.summaryOf(accompaniment.getId()));
    }
}
