package fr.parcours.dla.plan;

import fr.parcours.identity.DemoUsers;
import java.time.LocalDate;
import java.util.Arrays;

/** Valid plan and comité d'appui submissions, as the forms would send them. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    /** One axis per treatment, in the given order of priority. */
    public static PlanDraft plan(Treatment... treatments) {
        return new PlanDraft(Arrays.stream(treatments)
                .map(treatment -> new PlanDraft.AxisDraft("Axe " + treatment, "Description " + treatment, treatment))
                .toList(), DemoUsers.OFFICER_NICE);
    }

    public static CommitteeOpinionReport opinion(boolean amendPlan) {
        return new CommitteeOpinionReport(LocalDate.now(), "DDETS, Conseil départemental, France Active",
                "Avis favorable", amendPlan ? "Prioriser le modèle économique" : null, amendPlan,
                DemoUsers.OFFICER_NICE);
    }
}
