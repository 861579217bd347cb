package fr.parcours.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * One envelope's figures for a year, in euros: the envelope; the missions' agreed amounts, their co-financing and
 * what they commit on the envelope (agreed less co-financing); invoiced and paid; remaining (envelope less
 * committed, negative when over). {@code operatorId} is set for an operator's envelope, {@code collectiveId} for a
 * collective's; {@code departmentCode} is null for a regional DLA's or a collective's envelope.
 */
public record BudgetFigures(long envelopeId, Long operatorId, Long collectiveId, String holderName, String regionCode,
                            List<String> departmentCodes, int year, BigDecimal envelope, int missions, BigDecimal agreed,
                            BigDecimal cofinanced, BigDecimal committed, BigDecimal invoiced, BigDecimal paid,
                            BigDecimal remaining) {

    public boolean isOver() {
        return remaining.signum() < 0;
    }
}
