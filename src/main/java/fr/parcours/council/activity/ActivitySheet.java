package fr.parcours.council.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A facilitator's activity-reporting sheet for a period: hours and number of actions on each of the three
 * axes, then every activity in date order.
 */
public record ActivitySheet(String facilitatorId, String facilitatorName, LocalDate from, LocalDate to,
                            List<AxisTotal> axes, List<Row> rows) {

    public ActivitySheet {
        axes = List.copyOf(axes);
        rows = List.copyOf(rows);
    }

    public BigDecimal totalHours() {
        return axes.stream().map(AxisTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int totalActions() {
        return rows.size();
    }

    public record AxisTotal(ActivityAxis axis, BigDecimal hours, int actions) {
    }

    /** One activity with the name of its council and, for a cycle step, the cycle's reference. */
    public record Row(CouncilActivity activity, String councilName, String cycleReference) {
    }
}
