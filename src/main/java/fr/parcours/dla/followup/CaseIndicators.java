package fr.parcours.dla.followup;

import fr.parcours.dla.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One accompaniment's follow-up indicators: a line of the export. {@code closedOn} is null while open. */
public record CaseIndicators(long accompanimentId, String businessKey, String organisationName,
                             String departmentCode, Phase phase, int followUps, long jobsConsolidated,
                             long aidedContractsMadePermanent, BigDecimal fundingObtained, LocalDate closedOn) {
}
