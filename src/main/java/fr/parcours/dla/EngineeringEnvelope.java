package fr.parcours.dla;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by the ingénierie budget: whether ordering a mission of this amount, for a structure of this territory,
 * decided by this user and on this date, would take the annual envelope of the DLA operator covering the structure
 * over. The DLA's validation of a consultant choice asks it and then requires a reason.
 */
public interface EngineeringEnvelope {

    Optional<Overrun> overrunIfOrdered(String regionCode, String departmentCode, String decidedBy, LocalDate orderedOn,
                                       BigDecimal amount);

    /** The envelope, what is committed on it already, the mission's amount and by how much it would go over. */
    record Overrun(String operatorName, BigDecimal envelope, BigDecimal committed, BigDecimal amount) {

        public BigDecimal excess() {
            return committed.add(amount).subtract(envelope);
        }
    }
}
