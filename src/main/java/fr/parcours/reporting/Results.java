package fr.parcours.reporting;

import java.math.BigDecimal;

/**
 * What the follow-ups held within the period recorded: each counts what was achieved since the previous one, so
 * the sums count nothing twice (see dla/followup).
 */
public record Results(long followUps, long jobsConsolidated, long aidedContractsMadePermanent,
                      BigDecimal fundingObtained) {

    public static final Results NONE = new Results(0, 0, 0, BigDecimal.ZERO.setScale(2));
}
