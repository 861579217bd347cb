package fr.parcours.dla.process;

/** Ids of {@code processes/dla-individual.bpmn} and its variables, shared by delegates, web code and tests. */
public final class DlaIndividualProcess {

    public static final String KEY = "dla-individual";

    // Elements
    public static final String START = "StartEvent_RequestReceived";
    public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
    public static final String TASK_RECORD_INTAKE_DECISION = "Task_RecordIntakeDecision";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_REFERRED = "EndEvent_Referred";
    public static final String END_ACCEPTED = "EndEvent_AcceptedForDiagnostic";

    // Variables: the process carries ids and what its gateways need, never business data.
    public static final String VAR_ACCOMPANIMENT_ID = "accompanimentId";
    public static final String VAR_OFFICER_GROUP = "officerGroup";
    public static final String VAR_ELIGIBLE = "eligible";
    /** Transient: the officer's decision, handed by the task form to the delegate that persists it. */
    public static final String VAR_INTAKE_DECISION = "intakeDecision";

    private DlaIndividualProcess() {
    }
}
