package fr.parcours.dla;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The DLA validated the consultant chosen for one ingénierie: what the mission will cost (the chosen proposal) and
 * when it was ordered. Published in the transaction of the choice, for the ingénierie budget to record the mission's
 * cost; a listener that fails rolls the choice back. {@code overEnvelopeReason} is null unless the choice took the
 * budget over its envelope.
 */
public record ConsultantChosen(long engineeringMissionId, long accompanimentId, String regionCode,
                               String departmentCode, String structureName, String consultantName, BigDecimal days,
                               BigDecimal amount, LocalDate orderedOn, String overEnvelopeReason, String decidedBy) {
}
