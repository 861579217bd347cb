package fr.parcours.dla.plan;

/** How one axis of the plan is treated (DOMAIN.md §1.3). */
public enum Treatment {
    INTERNAL_ACTION,
    REFERRAL,
    INDIVIDUAL_ENGINEERING,
    COLLECTIVE_ENGINEERING,
    OFFICER_EXPERTISE
}
