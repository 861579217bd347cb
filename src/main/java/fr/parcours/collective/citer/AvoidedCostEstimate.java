package fr.parcours.collective.citer;

import java.math.BigDecimal;
import java.util.List;

/**
 * An avoided-cost estimate with its assumptions: one line per intervention type (count × unit cost avoided, the
 * coefficient's source, whether it is the configured default or the region's own), and the total.
 */
public record AvoidedCostEstimate(List<Line> lines) {

    public BigDecimal total() {
        return lines.stream().map(Line::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int interventions() {
        return lines.stream().mapToInt(Line::count).sum();
    }

    public record Line(Intervention intervention, int count, BigDecimal unitCost, String source, boolean regional) {

        public BigDecimal subtotal() {
            return unitCost.multiply(BigDecimal.valueOf(count));
        }
    }
}
