package fr.parcours.dla.process;

import fr.parcours.casework.Submissions;

/**
 * Ids of {@code processes/dla-individual.bpmn} and its variables, shared by delegates, web code and
 * tests. The process carries ids and what its gateways need, never business data: form data reaches
 * the delegates as the transient variable {@link #VAR_SUBMISSION} and is persisted in the app's tables.
 */
public final class DlaIndividualProcess {

    public static final String KEY = "dla-individual";

    // Accueil
    public static final String START = "StartEvent_RequestReceived";
    public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
    public static final String TASK_RECORD_INTAKE_DECISION = "Task_RecordIntakeDecision";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_REFERRED = "EndEvent_Referred";

    // Diagnostic partagé
    public static final String TASK_HOLD_INTERVIEW = "Task_HoldInterview";
    public static final String TASK_RECORD_INTERVIEW = "Task_RecordInterview";
    public static final String GATEWAY_MORE_INTERVIEWS = "Gateway_MoreInterviews";
    public static final String TASK_ASSESS_THEMES = "Task_AssessThemes";
    public static final String TASK_RECORD_THEME_ASSESSMENTS = "Task_RecordThemeAssessments";
    public static final String TASK_VALIDATE_DIAGNOSTIC = "Task_ValidateDiagnostic";
    public static final String TASK_RECORD_DIAGNOSTIC_VALIDATION = "Task_RecordDiagnosticValidation";

    // Plan d'accompagnement and comité d'appui
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_RECORD_PLAN = "Task_RecordPlan";
    public static final String TASK_RECORD_COMMITTEE_OPINION = "Task_RecordCommitteeOpinion";
    public static final String TASK_SAVE_COMMITTEE_OPINION = "Task_SaveCommitteeOpinion";
    public static final String GATEWAY_AMEND_PLAN = "Gateway_AmendPlan";
    public static final String GATEWAY_HAS_ENGINEERING = "Gateway_HasEngineering";
    public static final String GATEWAY_ENGINEERING_DONE = "Gateway_EngineeringDone";

    // Ingénierie: one multi-instance sub-process per ingénierie axis
    public static final String SUBPROCESS_ENGINEERING = "SubProcess_Engineering";
    public static final String TASK_WRITE_SPECIFICATIONS = "Task_WriteSpecifications";
    public static final String TASK_RECORD_SPECIFICATIONS = "Task_RecordSpecifications";
    public static final String TASK_PRESELECT_CONSULTANTS = "Task_PreselectConsultants";
    public static final String TASK_RECORD_PRESELECTION = "Task_RecordPreselection";
    public static final String TASK_RECEIVE_PROPOSALS = "Task_ReceiveProposals";
    public static final String TASK_RECORD_PROPOSALS = "Task_RecordProposals";
    public static final String TASK_SCORE_PROPOSALS = "Task_ScoreProposals";
    public static final String TASK_RECORD_SCORES = "Task_RecordScores";
    public static final String TASK_VALIDATE_CHOICE = "Task_ValidateChoice";
    public static final String TASK_RECORD_CHOICE = "Task_RecordChoice";
    public static final String TASK_HOLD_LAUNCH_MEETING = "Task_HoldLaunchMeeting";
    public static final String TASK_RECORD_LAUNCH_MEETING = "Task_RecordLaunchMeeting";
    public static final String TASK_REPORT_MISSION_PROGRESS = "Task_ReportMissionProgress";
    public static final String TASK_RECORD_MISSION_PROGRESS = "Task_RecordMissionProgress";
    public static final String GATEWAY_MISSION_FINISHED = "Gateway_MissionFinished";
    public static final String TASK_WRITE_END_REPORT = "Task_WriteEndReport";
    public static final String TASK_RECORD_END_REPORT = "Task_RecordEndReport";
    public static final String TASK_RECORD_SATISFACTION = "Task_RecordSatisfaction";
    public static final String TASK_SAVE_SATISFACTION = "Task_SaveSatisfaction";
    public static final String TASK_ASSESS_MISSION = "Task_AssessMission";
    public static final String TASK_RECORD_MISSION_ASSESSMENT = "Task_RecordMissionAssessment";
    public static final String END_ENGINEERING = "EndEvent_Engineering";

    // Suivi / consolidation and closure
    public static final String TIMER_FOLLOW_UP = "Timer_FollowUp";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String TASK_RECORD_FOLLOW_UP = "Task_RecordFollowUp";
    public static final String GATEWAY_MORE_FOLLOW_UPS = "Gateway_MoreFollowUps";
    public static final String GATEWAY_NEW_NEEDS = "Gateway_NewNeeds";
    public static final String TASK_OPEN_NEW_ACCOMPANIMENT = "Task_OpenNewAccompaniment";
    public static final String TASK_CLOSE_ACCOMPANIMENT = "Task_CloseAccompaniment";
    public static final String END_CLOSED = "EndEvent_Closed";

    // Variables
    public static final String VAR_ACCOMPANIMENT_ID = "accompanimentId";
    /** Candidate group of the officers' tasks: the DLA officers of the case's department. */
    public static final String VAR_OFFICER_GROUP = "officerGroup";
    /** Transient: the submitted form of the task just completed, read by the delegate that follows it. */
    public static final String VAR_SUBMISSION = Submissions.VAR_SUBMISSION;
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_MORE_INTERVIEWS = "moreInterviews";
    public static final String VAR_AMEND_PLAN = "amendPlan";
    /** List of plan-axis ids treated by an ingénierie individuelle: the multi-instance collection. */
    public static final String VAR_ENGINEERING_AXIS_IDS = "engineeringAxisIds";
    /** Multi-instance element variable: the plan axis (and so the mission) of one ingénierie. */
    public static final String VAR_ENGINEERING_AXIS_ID = "engineeringAxisId";
    /** Local to one ingénierie: the candidate group of the chosen consultant's tasks. */
    public static final String VAR_CONSULTANT_GROUP = "consultantGroup";
    /** Local to one ingénierie. */
    public static final String VAR_MISSION_FINISHED = "missionFinished";
    public static final String VAR_FOLLOW_UPS_DONE = "followUpsDone";
    public static final String VAR_MORE_FOLLOW_UPS = "moreFollowUps";
    public static final String VAR_NEW_NEEDS = "newNeeds";

    private DlaIndividualProcess() {
    }
}
