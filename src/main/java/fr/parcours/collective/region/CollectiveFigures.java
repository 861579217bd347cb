package fr.parcours.collective.region;

import fr.parcours.collective.CollectivePhase;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One collective in the regional view: its structures participating and dropped out, sessions held, structures
 * whose three deliverables are done (action plan, a funding lead, a complete evaluation) and headline indicators.
 */
public record CollectiveFigures(long collectiveId, String businessKey, String title, String regionCode,
                                LocalDate startDate, int plannedMonths, CollectivePhase phase, boolean lateNoticed,
                                long participating, long droppedOut, long sessionsHeld, long deliverablesDone,
                                long aidedContractsAtStake, long aidedContractsMadePermanent,
                                BigDecimal fundingSought, BigDecimal fundingObtained) {

    public LocalDate plannedEnd() {
        return startDate.plusMonths(plannedMonths);
    }

    /** Late as on the dashboard: the timer has warned, or the planned end is past and the collective still open. */
    public boolean lateOn(LocalDate today) {
        return lateNoticed || (phase != CollectivePhase.CLOSED && plannedEnd().isBefore(today));
    }
}
