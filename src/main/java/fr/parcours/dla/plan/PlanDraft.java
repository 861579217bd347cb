package fr.parcours.dla.plan;

import java.io.Serializable;
import java.util.List;

/** A plan as the officer submitted it: its axes in priority order (first is the highest). */
public record PlanDraft(List<AxisDraft> axes, String draftedBy) implements Serializable {

    public PlanDraft {
        axes = List.copyOf(axes);
    }

    /** One axis of the plan and how it is treated. */
    public record AxisDraft(String title, String description, Treatment treatment) implements Serializable {
    }
}
