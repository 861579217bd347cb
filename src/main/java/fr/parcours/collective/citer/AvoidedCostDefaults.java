package fr.parcours.collective.citer;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The unit costs a region starts from until its coordinators set their own ({@code parcours.citer.avoided-costs} in
 * application.yml): one per intervention type, each with its source.
 */
@ConfigurationProperties("parcours.citer")
public record AvoidedCostDefaults(Map<Intervention, Coefficient> avoidedCosts) {

    public AvoidedCostDefaults {
        avoidedCosts = avoidedCosts == null ? Map.of() : Map.copyOf(avoidedCosts);
    }

    public record Coefficient(BigDecimal unitCost, String source) {
    }
}
