package fr.parcours.tasklist;

/** One choice of the task list's phase filter: the value sent back, and the message key of its label. */
public record PhaseOption(String value, String labelKey) {
}
