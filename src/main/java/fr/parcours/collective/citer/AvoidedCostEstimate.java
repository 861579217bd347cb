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

    /** Interventions left out of the total because their type has no unit cost yet. */
    public int unpricedInterventions() {
        return lines.stream().filter(line -> !line.priced()).mapToInt(Line::count).sum();
    }

    /** One type's line; {@code unitCost} and {@code source} are null while the type has no coefficient. */
    public record Line(Intervention intervention, int count, BigDecimal unitCost, String source, boolean regional) {

        public boolean priced() {
            return unitCost != null;
        }

        /** Count × unit cost; zero, and left out of the total, while the type is not priced. */
        public BigDecimal subtotal() {
            return priced() ? unitCost.multiply(BigDecimal.valueOf(count)) : BigDecimal.ZERO;
        }
    }
}
