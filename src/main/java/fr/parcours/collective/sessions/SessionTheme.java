package fr.parcours.collective.sessions;

/** Themes of collective sessions (docs/domain.md#sessions: project method and evaluation, funding, HR). */
public enum SessionTheme {
    PROJECT_METHOD_EVALUATION, FUNDING, HUMAN_RESOURCES, AIDED_JOBS, OTHER
}
