package fr.parcours.dla.mission;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One milestone reported by the consultant; {@code justification} explains days beyond the allowed overrun. */
public record ProgressReport(LocalDate date, BigDecimal daysSpent, String deliverables, String justification,
                             boolean finished, String reportedBy) implements Serializable {
}
