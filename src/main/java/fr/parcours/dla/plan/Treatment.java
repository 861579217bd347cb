package fr.parcours.dla.plan;

/** How one axis of the plan is treated (docs/domain.md#plan-and-treatments). */
public enum Treatment {
    INTERNAL_ACTION,
    REFERRAL,
    INDIVIDUAL_ENGINEERING,
    COLLECTIVE_ENGINEERING,
    OFFICER_EXPERTISE
}
