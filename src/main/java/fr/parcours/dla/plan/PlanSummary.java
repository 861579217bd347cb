package fr.parcours.dla.plan;

import java.util.List;

/** The plan as the case file shows it: the current revision's axes and every committee opinion. */
public record PlanSummary(int revision, List<PlanAxis> axes, List<CommitteeOpinion> opinions) {

    public boolean isEmpty() {
        return axes.isEmpty() && opinions.isEmpty();
    }
}
