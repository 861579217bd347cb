package fr.parcours.reporting;

import fr.parcours.dla.NationalPhase;
import java.math.BigDecimal;

/**
 * The days one national phase took, over the cases that ended it within the period: how many, the median and the
 * 90th percentile (interpolated, one decimal); both null when no case ended the phase.
 */
public record LeadTime(NationalPhase phase, long cases, BigDecimal medianDays, BigDecimal p90Days) {
}
