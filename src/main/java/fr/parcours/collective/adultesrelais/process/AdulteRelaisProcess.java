package fr.parcours.collective.adultesrelais.process;

/** Ids and variable names of {@code processes/adulte-relais-agreement.bpmn}, for code and tests alike. */
public final class AdulteRelaisProcess {

    public static final String KEY = "adulte-relais-agreement";

    public static final String START = "StartEvent_AgreementRecorded";
    public static final String TIMER_SIX_MONTHS_BEFORE_END = "Timer_SixMonthsBeforeEnd";
    public static final String TASK_PLAN_RENEWAL = "Task_PlanRenewal";
    public static final String TASK_RECORD_RENEWAL_PLAN = "Task_RecordRenewalPlan";
    public static final String GATEWAY_OUTCOME = "Gateway_RenewalOutcome";
    public static final String END_MADE_PERMANENT = "EndEvent_MadePermanent";
    public static final String END_ENDED = "EndEvent_Ended";

    /** The agreement's id (the process carries ids only). */
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** Who plans the renewal: the structure's officers, and a collective's coordinators when it takes part in one. */
    public static final String VAR_FOLLOWER_GROUPS = "followerGroups";
    /** When the timer fires: six months before the agreement's end (a java.util.Date). */
    public static final String VAR_REMINDER_DATE = "reminderDate";
    /** What the plan decided, for the gateway: a {@link fr.parcours.collective.adultesrelais.RenewalOutcome} name. */
    public static final String VAR_OUTCOME = "renewalOutcome";

    private AdulteRelaisProcess() {
    }
}
