package fr.parcours.tasklist;

/** The two tabs of the task list. */
public enum TaskView {
    /** Tasks assigned to the user. */
    MINE,
    /** Unclaimed tasks of the user's groups, which anyone of the group may claim. */
    GROUPS
}
