package fr.parcours.collective.process;

import fr.parcours.casework.Submissions;

/** Element ids and variable names of {@code processes/dla-collective.bpmn}, for delegates, web code and tests. */
public final class DlaCollectiveProcess {

    public static final String KEY = "dla-collective";

    public static final String SUBPROCESS_ACCOMPANIMENT = "SubProcess_Accompaniment";
    public static final String SUBPROCESS_STRUCTURE_TRACK = "SubProcess_StructureTrack";
    public static final String TIMER_PLANNED_DURATION = "BoundaryEvent_PlannedDurationOver";

    public static final String TASK_RECORD_CENSUS = "Task_RecordCensus";
    public static final String TASK_SAVE_CENSUS = "Task_SaveCensus";
    public static final String TASK_HOLD_MOBILISATION_MEETING = "Task_HoldMobilisationMeeting";
    public static final String TASK_SAVE_MOBILISATION_MEETING = "Task_SaveMobilisationMeeting";
    public static final String TASK_WRITE_SPECIFICATIONS = "Task_WriteSpecifications";
    public static final String TASK_SAVE_SPECIFICATIONS = "Task_SaveSpecifications";
    public static final String TASK_PRESELECT_CONSULTANTS = "Task_PreselectConsultants";
    public static final String TASK_SAVE_PRESELECTION = "Task_SavePreselection";
    public static final String TASK_RECEIVE_PROPOSALS = "Task_ReceiveProposals";
    public static final String TASK_SAVE_PROPOSALS = "Task_SaveProposals";
    public static final String TASK_SCORE_PROPOSALS = "Task_ScoreProposals";
    public static final String TASK_SAVE_SCORES = "Task_SaveScores";
    public static final String TASK_VALIDATE_CHOICE = "Task_ValidateChoice";
    public static final String TASK_SAVE_CHOICE = "Task_SaveChoice";
    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String TASK_SAVE_SESSION = "Task_SaveSession";
    public static final String TASK_RECORD_STRUCTURE_NEEDS = "Task_RecordStructureNeeds";
    public static final String TASK_SAVE_STRUCTURE_NEEDS = "Task_SaveStructureNeeds";
    public static final String TASK_RECORD_STRUCTURE_WORK = "Task_RecordStructureWork";
    public static final String TASK_SAVE_STRUCTURE_WORK = "Task_SaveStructureWork";
    public static final String TASK_EVALUATE_END = "Task_EvaluateEnd";
    public static final String TASK_SAVE_END_EVALUATION = "Task_SaveEndEvaluation";
    public static final String TASK_HANDLE_LATENESS = "Task_HandleLateness";
    public static final String TASK_SAVE_LATENESS_NOTICE = "Task_SaveLatenessNotice";
    public static final String TASK_RECORD_FOLLOW_UP = "Task_RecordFollowUp";
    public static final String TASK_SAVE_FOLLOW_UP = "Task_SaveFollowUp";

    public static final String GATEWAY_MORE_SESSIONS = "Gateway_MoreSessions";
    public static final String GATEWAY_STILL_PARTICIPATING = "Gateway_StillParticipating";
    public static final String GATEWAY_TRACK_PROGRESS = "Gateway_TrackProgress";

    public static final String END_TRACK_COMPLETED = "EndEvent_TrackCompleted";
    public static final String END_TRACK_DROPPED_OUT = "EndEvent_TrackDroppedOut";
    public static final String END_LATENESS_HANDLED = "EndEvent_LatenessHandled";
    public static final String END_COLLECTIVE_CLOSED = "EndEvent_CollectiveClosed";

    /** Id of the {@code CollectiveAccompaniment} (Long). */
    public static final String VAR_COLLECTIVE_ID = "collectiveId";
    /** Candidate group of every coordinator task: {@code Groups.coordinatorsOf(region)}. */
    public static final String VAR_COORDINATOR_GROUP = "coordinatorGroup";
    /** Candidate group of the chosen consultant firm ({@code Groups.consultantsOf}), set by the choice: it holds the sessions. */
    public static final String VAR_CONSULTANT_GROUP = "consultantGroup";
    /** When the planned duration is over (java.util.Date): the lateness timer fires then. */
    public static final String VAR_PLANNED_END = "plannedEnd";
    /** Participations of the structures present at the mobilisation meeting: one track each (ArrayList of Long). */
    public static final String VAR_PARTICIPATION_IDS = "participationIds";
    /** Element variable of the track multi-instance (Long). */
    public static final String VAR_PARTICIPATION_ID = "participationId";
    /** Local to a track: CONTINUING, DELIVERED or DROPPED_OUT ({@code TrackOutcome}). */
    public static final String VAR_TRACK_OUTCOME = "trackOutcome";
    /** Whether another collective session follows (Boolean). */
    public static final String VAR_MORE_SESSIONS = "moreSessions";
    /** Form data of the task just completed: the task kernel's transient variable, never stored by the engine. */
    public static final String VAR_SUBMISSION = Submissions.VAR_SUBMISSION;

    private DlaCollectiveProcess() {
    }
}
