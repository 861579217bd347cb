package fr.parcours.dla.diagnostic;

/** The seven themes of a DLA shared diagnostic (docs/domain.md#shared-diagnostic), in the order the form shows them. */
public enum Theme {
    PROJECT_AND_GOVERNANCE,
    ACTIVITIES_AND_SOCIAL_UTILITY,
    ECONOMIC_MODEL_AND_FUNDING,
    INTERNAL_ORGANISATION,
    HUMAN_RESOURCES_AND_EMPLOYMENT,
    PARTNERSHIPS_AND_LOCAL_ROOTS,
    EVALUATION
}
