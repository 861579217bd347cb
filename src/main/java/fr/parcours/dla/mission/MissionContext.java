package fr.parcours.dla.mission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the forms of a mission check their input against: dates may not precede the accompaniment (nor
 * the launch meeting), and days beyond {@link #OVERRUN_RATIO} of the planned days need a justification.
 */
public record MissionContext(LocalDate accompanimentOpenedOn, LocalDate launchedOn, BigDecimal plannedDays,
                             BigDecimal daysSpent) {

    public static final BigDecimal OVERRUN_RATIO = new BigDecimal("1.5");

    /** The earliest date a milestone may carry: the launch meeting, or the accompaniment's opening. */
    public LocalDate earliestMilestoneDate() {
        return launchedOn != null ? launchedOn : accompanimentOpenedOn;
    }

    /** The most days the mission may total without a justification; null when no days were planned. */
    public BigDecimal daysAllowedWithoutJustification() {
        return plannedDays == null ? null : plannedDays.multiply(OVERRUN_RATIO);
    }

    /** Whether spending {@code more} days takes the total beyond what may go unjustified. */
    public boolean overrunWith(BigDecimal more) {
        BigDecimal allowed = daysAllowedWithoutJustification();
        return allowed != null && more != null && daysSpent.add(more).compareTo(allowed) > 0;
    }
}
