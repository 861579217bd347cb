package fr.parcours.council.cycles.web;

import fr.parcours.council.activity.HoursSpent;
import java.math.BigDecimal;

/** A cycle form with the optional time the facilitator spent on it, which feeds their activity sheet. */
public abstract class TimedTaskFormData {

    @HoursSpent
    private BigDecimal hoursSpent;

    public BigDecimal getHoursSpent() {
        return hoursSpent;
    }

    public void setHoursSpent(BigDecimal hoursSpent) {
        this.hoursSpent = hoursSpent;
    }
}
