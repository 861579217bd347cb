package fr.parcours.collective.dashboard;

import fr.parcours.collective.tracks.ParticipationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One structure's figures on the dashboard, as the aggregate query reads them. */
public record StructureFigures(long participationId, String name, ParticipationStatus status, LocalDate deliveredOn,
                               long sessionsAttended, long sessionsHeld, boolean actionPlan, long fundingLeads,
                               boolean evaluation, int aidedContractsAtStake, int aidedContractsMadePermanent,
                               BigDecimal fundingSought, BigDecimal fundingObtained, LocalDate droppedOutOn,
                               String dropOutReason) {

    /** A structure that left the collective stays on the dashboard, but its figures no longer count in the totals. */
    public boolean droppedOut() {
        return status == ParticipationStatus.DROPPED_OUT;
    }
}
