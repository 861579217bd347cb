package fr.parcours.collective.citer;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The unit costs a region starts from until its coordinators set their own ({@code parcours.citer.avoided-costs} in
 * application.yml), each with its public source. A type without a sourced default has none: its interventions stay
 * out of the estimate, shown as not priced, until the region's coordinators set a unit cost and its source.
 */
@ConfigurationProperties("parcours.citer")
public record AvoidedCostDefaults(Map<Intervention, Coefficient> avoidedCosts) {

    public AvoidedCostDefaults {
        avoidedCosts = avoidedCosts == null ? Map.of() : Map.copyOf(avoidedCosts);
    }

    public record Coefficient(BigDecimal unitCost, String source) {

        public Coefficient {
            if (unitCost == null || unitCost.signum() <= 0 || source == null || source.isBlank()) {
                throw new IllegalArgumentException("a default unit cost is positive and names its source");
            }
        }
    }
}
