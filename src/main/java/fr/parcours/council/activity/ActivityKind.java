package fr.parcours.council.activity;

/** Where an activity comes from: a step of the animation cycle, on its own axis, or an entry by hand. */
public enum ActivityKind {
    MOBILISATION_ACTION(ActivityAxis.MOBILISATION),
    MEETING_PREPARATION(ActivityAxis.PARTICIPATION),
    MEETING(ActivityAxis.PARTICIPATION),
    ACTION_FOLLOW_UP(ActivityAxis.COUNCIL_ACTIONS),
    // Writing up the cycle is administrative support to the council.
    CYCLE_REPORT(ActivityAxis.COUNCIL_ACTIONS),
    /** Any other activity, entered by the facilitator on the axis they choose. */
    OTHER(null);

    private final ActivityAxis axis;

    ActivityKind(ActivityAxis axis) {
        this.axis = axis;
    }

    /** The axis of a cycle step; null for {@link #OTHER}, whose axis the facilitator chooses. */
    public ActivityAxis axis() {
        return axis;
    }
}
