package fr.parcours.council.process;

import fr.parcours.casework.Submissions;

/** Element ids and variable names of {@code processes/council-cycle.bpmn}, for delegates, web code and tests. */
public final class CouncilCycleProcess {

    public static final String KEY = "council-cycle";

    public static final String TASK_RECORD_MOBILISATION = "Task_RecordMobilisation";
    public static final String TASK_SAVE_MOBILISATION = "Task_SaveMobilisation";
    public static final String TASK_PREPARE_MEETING = "Task_PrepareMeeting";
    public static final String TASK_SAVE_MEETING_PREPARATION = "Task_SaveMeetingPreparation";
    public static final String TASK_HOLD_MEETING = "Task_HoldMeeting";
    public static final String TASK_SAVE_MEETING = "Task_SaveMeeting";
    public static final String TASK_FOLLOW_UP_ACTIONS = "Task_FollowUpActions";
    public static final String TASK_SAVE_ACTION_FOLLOW_UP = "Task_SaveActionFollowUp";
    public static final String TASK_WRITE_CYCLE_REPORT = "Task_WriteCycleReport";
    public static final String TASK_SAVE_CYCLE_REPORT = "Task_SaveCycleReport";
    public static final String TASK_START_NEXT_CYCLE = "Task_StartNextCycle";

    public static final String GATEWAY_MORE_MOBILISATION = "Gateway_MoreMobilisation";
    public static final String GATEWAY_MEETING_HELD = "Gateway_MeetingHeld";
    public static final String GATEWAY_ACTIONS_DECIDED = "Gateway_ActionsDecided";
    public static final String TIMER_NEXT_CYCLE_DUE = "TimerEvent_NextCycleDue";
    public static final String END_CYCLE_CLOSED = "EndEvent_CycleClosed";

    /** Id of the {@code Council} (Long), for Cockpit: the app finds an instance's cycle through its own table. */
    public static final String VAR_COUNCIL_ID = "councilId";
    /** Id of this instance's {@code CouncilCycle} (Long), for Cockpit as well: the app never trusts it. */
    public static final String VAR_CYCLE_ID = "cycleId";
    /** Candidate group of the council's facilitators: {@code Groups.councilFacilitatorsOf(councilId)}. */
    public static final String VAR_FACILITATOR_GROUP = "facilitatorGroup";
    /** Candidate group of the region's coordinators: {@code Groups.coordinatorsOf(region)}. */
    public static final String VAR_COORDINATOR_GROUP = "coordinatorGroup";
    /** ISO-8601 duration between a cycle report and the next cycle (parcours.council.cycle-period). */
    public static final String VAR_CYCLE_PERIOD = "cyclePeriod";
    /** Whether another mobilisation action follows (Boolean). */
    public static final String VAR_MORE_MOBILISATION = "moreMobilisation";
    /** Whether the meeting was held; a cancelled one goes back to preparation (Boolean). */
    public static final String VAR_MEETING_HELD = "meetingHeld";
    /** Whether the council decided at least one action at the meeting (Boolean). */
    public static final String VAR_ACTIONS_DECIDED = "actionsDecided";
    /** Form data of the task just completed: a transient variable, never stored by the engine. */
    public static final String VAR_SUBMISSION = Submissions.VAR_SUBMISSION;
    /** Hours the facilitator spent on the task just completed (BigDecimal): transient, absent when not given. */
    public static final String VAR_HOURS_SPENT = "hoursSpent";

    private CouncilCycleProcess() {
    }
}
