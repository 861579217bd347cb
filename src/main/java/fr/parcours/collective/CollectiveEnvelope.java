package fr.parcours.collective;

import fr.parcours.dla.EngineeringEnvelope.Overrun;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by the ingénierie budget: whether ordering a collective's ingénierie of this amount on this date would
 * take the collective's envelope of that year over. The coordinators' validation of the choice then needs a reason.
 */
public interface CollectiveEnvelope {

    Optional<Overrun> overrunIfOrdered(long collectiveId, LocalDate orderedOn, BigDecimal amount);
}
