package fr.parcours.dla.followup;

import java.math.BigDecimal;

/** What follow-ups report for funders, over one case or a territory. */
public record Indicators(long jobsConsolidated, long aidedContractsMadePermanent, BigDecimal fundingObtained,
                         long accompanimentsClosed) {

    public static final Indicators NONE = new Indicators(0, 0, BigDecimal.ZERO, 0);

    Indicators plus(CaseIndicators row) {
        return new Indicators(jobsConsolidated + row.jobsConsolidated(),
                aidedContractsMadePermanent + row.aidedContractsMadePermanent(),
                fundingObtained.add(row.fundingObtained()),
                accompanimentsClosed + (row.closedOn() != null ? 1 : 0));
    }
}
