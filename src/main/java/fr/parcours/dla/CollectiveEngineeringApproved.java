package fr.parcours.dla;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The comité d'appui kept a plan with an axis treated by joining an ingénierie collective. Published once per
 * such axis, in the transaction of the committee step, for the collective side to take up (the individual DLA does
 * not know the collective one); a listener that fails rolls the committee step back.
 */
public record CollectiveEngineeringApproved(long accompanimentId, String caseReference, long organisationId,
                                            long planAxisId, String axisTitle, String axisDescription,
                                            LocalDate approvedOn, String officer, Instant at) {
}
