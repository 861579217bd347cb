package fr.parcours.dla.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the officer recorded at one follow-up meeting (the task's submission). Indicators count what
 * was achieved since the previous follow-up; {@code closeNow} ends the follow-up before the schedule does.
 */
public record FollowUpReport(LocalDate meetingDate, String effects, int jobsConsolidated,
                             int aidedContractsMadePermanent, BigDecimal fundingObtained, String actionsCarriedOut,
                             String newNeeds, boolean openNewAccompaniment, boolean closeNow, String recordedBy)
        implements Serializable {
}
