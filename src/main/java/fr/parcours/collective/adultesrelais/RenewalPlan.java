package fr.parcours.collective.adultesrelais;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The plan for an agreement that ends: renewed until {@code newEndDate} with {@code stateAid}, made permanent or
 * ended on {@code decidedOn}. The renewal fields are null otherwise.
 */
public record RenewalPlan(RenewalOutcome outcome, LocalDate decidedOn, LocalDate newEndDate, BigDecimal stateAid,
                          String decidedBy) implements Serializable {
}
