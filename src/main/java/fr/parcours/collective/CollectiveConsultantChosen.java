package fr.parcours.collective;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The coordinators validated the consultant chosen for a collective DLA: what its ingénierie will cost (the chosen
 * proposal) and when it was ordered. Published in the transaction of the choice, for the ingénierie budget;
 * {@code overEnvelopeReason} is null unless the choice took the collective's envelope over.
 */
public record CollectiveConsultantChosen(long collectiveId, String regionCode, String title, String consultantName,
                                         BigDecimal days, BigDecimal amount, LocalDate orderedOn,
                                         String overEnvelopeReason, String decidedBy) {
}
